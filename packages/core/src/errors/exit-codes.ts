/** Stable process exit codes: the contract workflows and scripts branch on. */
export const ExitCode = {
  /** Every gate passed. */
  Pass: 0,
  /** A policy said no. */
  GateFailed: 1,
  /** Usage or configuration error: the caller must change something. */
  Usage: 2,
  /** Infrastructure error: network, API, filesystem. Retrying may help. */
  Infrastructure: 3,
  /** A bug in gates. */
  Internal: 4,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
