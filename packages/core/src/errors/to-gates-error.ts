import { GatesError } from './gates-error.js';

/**
 * Turns anything thrown into a GatesError. Unknown throwables become
 * GATES_E_INTERNAL (exit 4) with a one-line report; the stack stays in `cause`
 * for debug output only.
 */
export function toGatesError(thrown: unknown): GatesError {
  if (thrown instanceof GatesError) return thrown;
  const detail =
    thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : `non-error thrown: ${String(thrown)}`;
  return new GatesError('GATES_E_INTERNAL', { detail: detail.split('\n')[0] ?? detail }, { cause: thrown });
}
