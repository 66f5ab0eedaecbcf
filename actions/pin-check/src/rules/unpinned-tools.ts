import type { Finding } from '@gates/core';
import { ruleAppliesTo, severityFor } from '../policy.js';
import { ruleDocs, type PinRule } from './rule.js';

/**
 * Setup actions told to fetch whatever is newest: `version: latest`,
 * `go-version: stable`, `node-version: lts/*`, `python-version: 3.x`,
 * `check-latest: true`. The action is pinned; the tool it downloads is not.
 * An exact version (`20.18.1`), or a bare major (`20`, which most setup
 * actions read from their own cache and manifest) is not reported.
 */
const VERSION_INPUT = /(^|[-_])version$/i;
const MOVING = /^(latest|stable|oldstable|current|node|lts(\/.*)?|\*|x|nightly|beta|canary|edge|head|main|master|\d+(\.\d+)?\.(x|\*)(\.(x|\*))?|[\^~>]=?.*|>=.*)$/i;

export const unpinnedTools: PinRule = {
  meta: {
    id: 'unpinned-tools',
    description: 'Setup actions install an exact tool version, not latest, stable, lts/* or 3.x',
    severity: 'warning',
    docs: ruleDocs('unpinned-tools'),
  },
  check(facts, policy) {
    const findings: Finding[] = [];
    for (const workflow of facts.workflows) {
      if (!ruleAppliesTo(policy, this.meta.id, workflow.file)) continue;
      for (const uses of workflow.uses) {
        if (uses.reference.kind !== 'remote' || !uses.inputs) continue;
        const action = `${uses.reference.owner}/${uses.reference.repo}`;
        for (const input of uses.inputs) {
          const value = input.value.trim();
          const moving = VERSION_INPUT.test(input.name) ? MOVING.test(value) : input.name === 'check-latest' && value === 'true';
          if (!moving) continue;
          findings.push({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${action} is told to install ${input.name === 'check-latest' ? 'the newest matching version (check-latest: true)' : `${input.name}: ${value}`}, whatever is newest when the job runs.`,
            file: workflow.file,
            line: input.line,
            column: input.column,
            confidence: 'high',
            fixHint: `give ${input.name === 'check-latest' ? 'an exact version and drop check-latest' : `${input.name} an exact version (e.g. 1.2.3)`} or a version file (.nvmrc, .python-version, go.mod)`,
          });
        }
      }
    }
    return findings;
  },
};
