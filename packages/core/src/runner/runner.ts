/**
 * The one place gates talks to its host: the GitHub runner (workflow commands
 * and env files) or a terminal (the `gates` CLI). Logic modules receive a
 * Runner and never touch process.stdout or the runner's files themselves.
 * Every string passes the redactor before it leaves.
 */
export interface Runner {
  readonly kind: 'github' | 'terminal';
  /** Plain text for the log; on GitHub, a line of it that would be a workflow command is printed inert. */
  info(line: string): void;
  /** A long block of untrusted text (a diff) printed as it is; on GitHub, between stop-commands markers. */
  block(text: string): void;
  warning(line: string): void;
  debug(line: string): void;
  /** A pre-rendered annotation workflow command (GitHub) or its plain text (terminal). */
  annotation(command: string, plain: string): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  setOutput(name: string, value: string): void;
  saveState(name: string, value: string): void;
  exportVariable(name: string, value: string): void;
  appendSummary(markdown: string): void;
  /** Everything set with setOutput, for the CLI's --json and for tests. */
  readonly outputs: Readonly<Record<string, string>>;
}
