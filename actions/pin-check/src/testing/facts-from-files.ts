import { addFileFacts, addReferencedScripts } from '../collect.js';
import type { PinPolicy } from '../policy.js';
import { emptyFacts, type RepositoryFacts } from '../repository-facts.js';

/** Facts from files given as text, for rule tests: text in, findings out. */
export function factsFrom(files: Record<string, string>): RepositoryFacts {
  const facts = emptyFacts();
  for (const [path, text] of Object.entries(files)) addFileFacts(facts, path, text);
  addReferencedScripts(facts, (path) => files[path]);
  return facts;
}

export function policy(overrides: Partial<PinPolicy> = {}): PinPolicy {
  return { rules: {}, paths: {}, allow: [], requireToolVersions: [], online: 'optional', commentSeparator: ' ', ...overrides };
}
