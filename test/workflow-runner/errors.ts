/**
 * Why the workflow runner refused to go on. `unsupported` is a feature the
 * harness does not model (it fails loudly rather than pass silently);
 * `invalid` is a workflow GitHub would reject before running it; `miswired`
 * is a reference to an output, input, job or secret that is not declared;
 * `expression` is an expression that does not parse or evaluate.
 */
export type WorkflowRunnerErrorCode = 'unsupported' | 'invalid' | 'miswired' | 'expression';

export class WorkflowRunnerError extends Error {
  constructor(
    readonly code: WorkflowRunnerErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkflowRunnerError';
  }
}
