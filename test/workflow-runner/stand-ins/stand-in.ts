/**
 * A declared replacement for a third-party action the harness cannot run
 * (it has no network and does not fetch other repositories' code). A stand-in
 * lists the real action's inputs, so that `with:` is checked as the runner
 * checks it, and does what the workflow under test relies on, locally.
 */
export interface StandIn {
  /** What the real action does and what the stand-in does instead, for the log. */
  description: string;
  /** The real action's inputs; defaults may hold expressions such as `${{ github.token }}`. */
  inputs: Record<string, { required?: boolean; default?: string }>;
  /** The real action's outputs (a `steps.<id>.outputs.<name>` of another name is a miswiring). */
  outputs: string[];
  run(step: StandInStep): Promise<StandInResult> | StandInResult;
}

export interface StandInStep {
  inputs: Record<string, string>;
  env: Record<string, string>;
  workspace: string;
  /** What a checkout gives (RunOptions.repository). */
  repository?: string;
  /** Prints a line of the step's output (workflow commands are processed, masks applied). */
  print(line: string): void;
}

export interface StandInResult {
  exitCode: number;
  outputs?: Record<string, string>;
}
