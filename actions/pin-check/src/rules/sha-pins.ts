import { referenceKey, type ReferenceFacts } from '../online/online-facts.js';
import { ruleAppliesTo, type PinPolicy } from '../policy.js';
import type { RepositoryFacts } from '../repository-facts.js';
import { classifyRef } from '../uses-reference.js';
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

/** Every `uses:` pinned to a full commit SHA, in files the rule applies to: what the version-comment rules visit. */
export function shaPins(facts: RepositoryFacts, policy: PinPolicy, ruleId: string): ShaPin[] {
  const pins: ShaPin[] = [];
  const online = facts.online && !facts.online.skipped ? facts.online : undefined;
  for (const workflow of facts.workflows) {
    if (!ruleAppliesTo(policy, ruleId, workflow.file)) continue;
    for (const uses of workflow.uses) {
      const { reference } = uses;
      if (reference.kind !== 'remote' || classifyRef(reference.ref) !== 'sha') continue;
      pins.push({ workflow, uses, owner: reference.owner, repo: reference.repo, sha: reference.ref, online: online?.references.get(referenceKey(reference.owner, reference.repo, reference.path, reference.ref)) });
    }
  }
  return pins;
}
