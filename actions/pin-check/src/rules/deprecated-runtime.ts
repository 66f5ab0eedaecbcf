import type { Finding } from '@gates/core';
import { DEPRECATED_RUNTIMES } from '../online/action-runtime.js';
import { severityFor } from '../policy.js';
import { remoteUsesWithFacts } from './remote-uses.js';
import { ruleDocs, type PinRule } from './rule.js';

/** Online: the pinned action's action.yml declares a Node runtime GitHub removed from its runners. */
export const deprecatedRuntime: PinRule = {
  meta: {
    id: 'deprecated-runtime',
    description: 'Pinned actions run on a supported runtime, not node12, node16 or node20 (online)',
    severity: 'warning',
    docs: ruleDocs('deprecated-runtime'),
  },
  check(facts, policy) {
    return remoteUsesWithFacts(facts, policy, this.meta.id)
      .filter(({ online }) => online.runtime !== undefined && online.runtime in DEPRECATED_RUNTIMES)
      .map(({ workflow, uses, online }): Finding => ({
        ruleId: this.meta.id,
        severity: severityFor(policy, this.meta),
        message: `${uses.value} runs on ${online.runtime} (${DEPRECATED_RUNTIMES[online.runtime!]}).`,
        file: workflow.file,
        line: uses.line,
        column: uses.column,
        confidence: 'high',
        fixHint: 'move to a release of the action that declares `using: node24`',
      }));
  },
};
