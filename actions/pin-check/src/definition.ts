import type { ActionDefinition, Finding } from '@gates/core';
import { collectFacts } from './collect.js';
import { readPinPolicy, ruleAppliesTo } from './policy.js';
import type { RepositoryFacts } from './repository-facts.js';
import { PIN_RULES } from './rules/index.js';
import type { PinPolicy } from './policy.js';

/** Runs every enabled rule over collected facts. Pure, for tests and the bench. */
export function checkRepository(facts: RepositoryFacts, policy: PinPolicy): Finding[] {
  return PIN_RULES.flatMap((rule) => (policy.rules[rule.meta.id] === 'off' ? [] : rule.check(facts, policy))).filter(
    (finding) => !finding.file || ruleAppliesTo(policy, finding.ruleId, finding.file),
  );
}

export const pinCheck: ActionDefinition = {
  name: 'pin-check',
  description: 'Toolchain and supply chain pinned: actions at commit SHAs, images by digest, installs pinned, lockfiles present',
  rules: PIN_RULES.map((rule) => rule.meta),
  async run({ workspace, config, runner }) {
    const policy = readPinPolicy(config);
    const facts = await runner.group('pin-check: reading the repository', () => collectFacts(workspace));
    runner.info(`Read ${facts.workflows.length} workflow/action file(s), ${facts.dockerfiles.length} Dockerfile(s), ${facts.manifests.length} manifest(s).`);
    const findings = checkRepository(facts, policy);
    const unpinned = findings.filter((finding) => !finding.waived && finding.ruleId !== 'invalid-workflow').length;
    return {
      findings,
      outputs: { 'unpinned-count': String(unpinned) },
      notes: ['Online checks (version comments against tags, imposter commits, deprecated runtimes) are not part of this release; offline rules ran in full.'],
      ledgerEvent: { files: facts.workflows.length },
    };
  },
};
