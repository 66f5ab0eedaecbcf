import { referenceKey, type ReferenceFacts } from '../online/online-facts.js';
import { ruleAppliesTo, type PinPolicy } from '../policy.js';
import type { RepositoryFacts } from '../repository-facts.js';
import type { UsesFact, WorkflowFacts } from '../workflow-model.js';

export interface RemoteUse {
  workflow: WorkflowFacts;
  uses: UsesFact;
  /** What the API said about this reference. */
  online: ReferenceFacts;
}

/** Every remote `uses:` with online facts, in files the rule applies to: what online rules visit. */
export function remoteUsesWithFacts(facts: RepositoryFacts, policy: PinPolicy, ruleId: string): RemoteUse[] {
  if (!facts.online || facts.online.skipped) return [];
  const visits: RemoteUse[] = [];
  for (const workflow of facts.workflows) {
    if (!ruleAppliesTo(policy, ruleId, workflow.file)) continue;
    for (const uses of workflow.uses) {
      const { reference } = uses;
      if (reference.kind !== 'remote') continue;
      const online = facts.online.references.get(referenceKey(reference.owner, reference.repo, reference.path, reference.ref));
      if (online) visits.push({ workflow, uses, online });
    }
  }
  return visits;
}
