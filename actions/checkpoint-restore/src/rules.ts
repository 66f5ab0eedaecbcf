import { nothingToCheckRule, ruleDocsUrl, type Finding, type RuleMeta } from '@gates/core';

const ACTION = 'checkpoint-restore';

function rule(id: string, severity: RuleMeta['severity'], description: string): RuleMeta {
  return { id, severity, description, docs: ruleDocsUrl(ACTION, id) };
}

export const RULES = {
  noCheckpoint: rule('no-checkpoint', 'error', 'A gate failed (or a restore was asked for) and there is no green checkpoint to roll back to'),
  healthCheckFailed: rule('health-check-failed', 'error', 'A health check after a restore failed: wrong exit code, missing output, or timed out'),
  notIdempotent: rule('not-idempotent', 'error', 'A rehearsal restored the checkpoint twice and the second restore still changed files'),
  rtoMissed: rule('rto-target-missed', 'error', 'A rehearsal restore took longer than the recovery-time target'),
  pathSkipped: rule('path-skipped', 'warning', 'A path under `paths` was not checkpointed: a link leading out of the workspace, or a special file'),
  checkpointRejected: rule('checkpoint-rejected', 'warning', 'A stored checkpoint failed verification (changed or damaged) and was ignored'),
} as const;

export const RULE_LIST: RuleMeta[] = [...Object.values(RULES), nothingToCheckRule(ACTION)];

export function finding(meta: RuleMeta, message: string, extra: Partial<Finding> = {}): Finding {
  return { ruleId: meta.id, severity: meta.severity, message, ...extra };
}
