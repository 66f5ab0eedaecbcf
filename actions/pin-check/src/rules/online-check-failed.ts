import type { Finding } from '@gates/core';
import { severityFor } from '../policy.js';
import { remoteUsesWithFacts } from './remote-uses.js';
import { ruleDocs, type PinRule } from './rule.js';

/**
 * Online, with policy `online: optional`: a lookup that failed (timeout, 5xx,
 * 403, rate limit) is reported, so an unchecked reference is never a silent
 * pass. With `online: required` the run stops with exit 3 instead.
 */
export const onlineCheckFailed: PinRule = {
  meta: {
    id: 'online-check-failed',
    description: 'Every reference could be checked against the GitHub API (online)',
    severity: 'warning',
    docs: ruleDocs('online-check-failed'),
  },
  check(facts, policy) {
    return remoteUsesWithFacts(facts, policy, this.meta.id)
      .filter(({ online }) => online.error)
      .map(({ workflow, uses, online }): Finding => ({
        ruleId: this.meta.id,
        severity: severityFor(policy, this.meta),
        message: `${uses.value} could not be checked online: ${online.error!.message} (${online.error!.code}).`,
        file: workflow.file,
        line: uses.line,
        column: uses.column,
        fixHint: 're-run; if it persists, check the token\'s permissions and GITHUB_API_URL',
      }));
  },
};
