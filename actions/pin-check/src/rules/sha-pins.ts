import { referenceKey, type ReferenceFacts } from '../online/online-facts.js';
import { ruleAppliesTo, type PinPolicy } from '../policy.js';
import type { RepositoryFacts } from '../repository-facts.js';
import type { UsesFact, WorkflowFacts } from '../workflow-model.js';

export interface ShaPin {
  workflow: WorkflowFacts;
  uses: UsesFact;
  owner: string;
  repo: string;
  sha: string;
  /** What the API said about it, when online checks ran. */
  online?: ReferenceFacts;
}

/** Found once per facts: three rules visit the same pins. */
const found = new WeakMap<RepositoryFacts, ShaPin[]>();

/** Every `uses:` pinned to a full commit SHA, in files the rule applies to: what the version-comment rules visit. */
export function shaPins(facts: RepositoryFacts, policy: PinPolicy, ruleId: string): ShaPin[] {
  let pins = found.get(facts);
  if (!pins) {
    pins = [];
    const online = facts.online && !facts.online.skipped ? facts.online : undefined;
    for (const workflow of facts.workflows) {
      for (const uses of workflow.uses) {
        const { reference } = uses;
        if (reference.kind !== 'remote' || reference.refKind !== 'sha') continue;
        pins.push({ workflow, uses, owner: reference.owner, repo: reference.repo, sha: reference.ref, online: online?.references.get(referenceKey(reference.owner, reference.repo, reference.path, reference.ref)) });
      }
    }
    found.set(facts, pins);
  }
  return Object.keys(policy.paths).length === 0 && policy.rules[ruleId] !== 'off' ? pins : pins.filter((pin) => ruleAppliesTo(policy, ruleId, pin.workflow.file));
}
