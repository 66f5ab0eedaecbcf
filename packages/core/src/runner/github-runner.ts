import { appendFileSync } from 'node:fs';
import type { Redactor } from '../redact/redactor.js';
import { formatFileCommand } from './file-command.js';
import { neutraliseCommands, stopCommandsBlock } from './neutralise-commands.js';
import { escapeCommandData, formatCommand } from './workflow-command.js';
import type { Runner } from './runner.js';

type Write = (text: string) => void;

/**
 * The GitHub Actions runner: log lines and workflow commands on stdout,
 * outputs/state/env/summary through the files the runner names in
 * GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV and GITHUB_STEP_SUMMARY.
 * Written against the documented protocol rather than @actions/core: the
 * protocol is a few lines, and the toolkit doubles the action's cold start.
 * The bytes are the toolkit's (test/core/runner-differential.test.ts).
 */
export class GitHubRunner implements Runner {
  readonly kind = 'github' as const;
  private readonly recorded: Record<string, string> = {};

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly redactor: Redactor,
    private readonly write: Write = (text) => process.stdout.write(text),
  ) {
    // The runner hides masked values from its own log, including later steps'.
    redactor.onSecret((value) => this.write(`::add-mask::${escapeCommandData(value)}\n`));
  }

  get outputs(): Readonly<Record<string, string>> {
    return this.recorded;
  }

  /** Redacted first, then every line made inert: the text is printed, never run as a workflow command. */
  info(line: string): void {
    this.write(`${neutraliseCommands(this.safe(line))}\n`);
  }

  block(text: string): void {
    this.write(stopCommandsBlock(this.safe(text)));
  }

  warning(line: string): void {
    this.write(`::warning::${escapeCommandData(this.safe(line))}\n`);
  }

  debug(line: string): void {
    this.write(`::debug::${escapeCommandData(this.safe(line))}\n`);
  }

  annotation(command: string): void {
    this.write(`${this.safe(command)}\n`);
  }

  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.write(`::group::${escapeCommandData(this.safe(title))}\n`);
    try {
      return await body();
    } finally {
      this.write('::endgroup::\n');
    }
  }

  setOutput(name: string, value: string): void {
    const safe = this.safe(value);
    this.recorded[name] = safe;
    this.fileCommand('GITHUB_OUTPUT', 'set-output', name, safe);
  }

  saveState(name: string, value: string): void {
    this.fileCommand('GITHUB_STATE', 'save-state', name, this.safe(value));
  }

  exportVariable(name: string, value: string): void {
    this.fileCommand('GITHUB_ENV', 'set-env', name, this.safe(value));
  }

  appendSummary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, `${this.safe(markdown)}\n`, 'utf8');
  }

  /**
   * Without the runner's file (runners before 2.297 set none), the toolkit writes the older workflow command
   * instead, and so does this; for `set-output` it first ends any unfinished line, as the toolkit does.
   */
  private fileCommand(variable: string, legacyCommand: string, name: string, value: string): void {
    const file = this.env[variable];
    if (file) appendFileSync(file, formatFileCommand(name, value), 'utf8');
    else this.write(`${legacyCommand === 'set-output' ? '\n' : ''}${formatCommand(legacyCommand, { name }, value)}\n`);
  }

  private safe(text: string): string {
    return this.redactor.redact(text);
  }
}
