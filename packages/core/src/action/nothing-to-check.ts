import { ruleDocsUrl } from '../errors/catalogue.js';
import { NOTHING_TO_CHECK, type Finding, type RuleMeta } from '../findings/model.js';
import type { InputReader } from '../inputs/input-reader.js';

/** The rule, in each action that can find nothing to check (its README documents it under its own heading). */
export function nothingToCheckRule(action: string): RuleMeta {
  return {
    id: NOTHING_TO_CHECK,
    description: 'The run found nothing to check (no file matched): that is not a pass, unless `allow-empty: true` says an empty run is expected',
    severity: 'error',
    docs: ruleDocsUrl(action, NOTHING_TO_CHECK),
  };
}

/** The finding for a run that checked nothing: an error that fails the gate, waived (verdict still `empty`) by `allow-empty: true`. */
export function nothingToCheckFinding(what: string, inputs: InputReader): Finding {
  const allowed = inputs.boolean('allow-empty', false);
  return {
    ruleId: NOTHING_TO_CHECK,
    severity: 'error',
    message: `Nothing to check: ${what}.`,
    fixHint: 'check out the repository before this step (actions/checkout) and check the paths and working directory; set `allow-empty: true` if an empty run is expected',
    ...(allowed ? { waived: { reason: 'allow-empty: true' } } : {}),
  };
}
