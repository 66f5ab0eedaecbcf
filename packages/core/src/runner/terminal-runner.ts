import type { Redactor } from '../redact/redactor.js';
import type { Runner } from './runner.js';

type Write = (text: string) => void;

/** The `gates` CLI's host: plain text on a terminal, no workflow commands. */
export class TerminalRunner implements Runner {
  readonly kind = 'terminal' as const;
  private readonly recorded: Record<string, string> = {};
  private readonly summaryParts: string[] = [];

  constructor(
    private readonly redactor: Redactor,
    private readonly options: { debug?: boolean; color?: boolean; quiet?: boolean } = {},
    private readonly write: Write = (text) => process.stdout.write(text),
    private readonly writeError: Write = (text) => process.stderr.write(text),
  ) {}

  get outputs(): Readonly<Record<string, string>> {
    return this.recorded;
  }

  /** The Markdown summary collected so far (the CLI prints it at the end). */
  get summary(): string {
    return this.summaryParts.join('\n');
  }

  info(line: string): void {
    if (!this.options.quiet) this.write(`${this.safe(line)}\n`);
  }

  block(text: string): void {
    this.info(text);
  }

  warning(line: string): void {
    this.writeError(`${this.paint('33', 'warning')}: ${this.safe(line)}\n`);
  }

  debug(line: string): void {
    if (this.options.debug) this.writeError(`debug: ${this.safe(line)}\n`);
  }

  annotation(_command: string, plain: string): void {
    if (plain && !this.options.quiet) this.write(`${this.safe(plain)}\n`);
  }

  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.info(this.paint('1', title));
    return body();
  }

  setOutput(name: string, value: string): void {
    this.recorded[name] = this.safe(value);
  }

  saveState(): void {}

  exportVariable(): void {}

  appendSummary(markdown: string): void {
    this.summaryParts.push(this.safe(markdown));
  }

  private paint(code: string, text: string): string {
    return this.options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  }

  private safe(text: string): string {
    return this.redactor.redact(text);
  }
}
