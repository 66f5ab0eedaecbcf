import { nothingToCheckRule, ruleDocsUrl, type RuleMeta } from '@gates/core';

export const ENV_GUARD_RULES: RuleMeta[] = [
  { id: 'denied', description: 'This run may target the environment: event, ref, protection, fork, GitHub environment and credentials named for another environment', severity: 'error', docs: ruleDocsUrl('env-guard', 'denied') },
  { id: 'variable-invalid', description: 'A variable the environment declares is set (or defaulted) and valid for its type and constraints', severity: 'error', docs: ruleDocsUrl('env-guard', 'variable-invalid') },
  nothingToCheckRule('env-guard'),
];
