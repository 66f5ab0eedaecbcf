/** The command table as written (.github/gates-commands.yml, schemas/gates-commands.schema.json). */
export interface OutputShape {
  empty?: boolean;
  contains?: string | string[];
  'not-contains'?: string | string[];
  regex?: string;
  /** A JSON Schema the parsed output must match; true: any JSON. */
  json?: Record<string, unknown> | boolean;
}

export interface Expectation {
  exit?: number;
  stdout?: OutputShape;
  stderr?: OutputShape;
}

export interface TableCase {
  name: string;
  run: string[];
  cwd?: string;
  env?: Record<string, string>;
  stdin?: string;
  timeout?: string;
  repeat?: number;
  expect: Expectation;
}

export interface CommandTable {
  version: 1;
  defaults?: { timeout?: string; repeat?: number; env?: Record<string, string> };
  commands: TableCase[];
}

/** One case ready to run: defaults applied, the working directory checked to be inside the workspace. */
export interface PlannedCase {
  name: string;
  argv: string[];
  /** Relative to the workspace, with forward slashes; `.` for the workspace itself. */
  cwd: string;
  env: Record<string, string>;
  stdin?: string;
  timeoutMs: number;
  repeat: number;
  expect: Expectation;
  /** The table file and the line of the case, for findings. */
  file: string;
  line?: number;
}
