import type { Finding } from '@gates/core';
import { ruleAppliesTo, severityFor } from '../policy.js';
import type { ProblemKind } from '../shell/problems.js';
import { ruleDocs, type PinRule } from './rule.js';
import { scriptFindings } from './script-findings.js';

/** Problems that leave the content pinned or reviewed but not both: worth a warning, not a failure. */
const WARNINGS: ReadonlySet<ProblemKind> = new Set(['prefer-lockfile-install', 'unhashed-requirements', 'unlocked-dependencies']);

/**
 * Scripts install pinned things: `run:` steps, Dockerfile RUN lines and shell
 * script files, read by one shell engine (shell/analyze.ts) with nested
 * shells, download-then-run across steps and RUN lines, and every common
 * package tool.
 */
export const unpinnedInstall: PinRule = {
  meta: {
    id: 'unpinned-install',
    description: 'Scripts (run: steps, Dockerfile RUN, shell scripts) install pinned versions and never run downloads whose content is not pinned',
    severity: 'error',
    docs: ruleDocs('unpinned-install'),
  },
  check(facts, policy) {
    const findings: Finding[] = [];
    for (const { file, line, problem } of scriptFindings(facts)) {
      if (problem.kind === 'unpinned-os-package' || !ruleAppliesTo(policy, this.meta.id, file)) continue;
      findings.push({
        ruleId: this.meta.id,
        severity: WARNINGS.has(problem.kind) ? 'warning' : severityFor(policy, this.meta),
        message: problem.message,
        file,
        line,
        confidence: 'high',
        fixHint: problem.fix,
      });
    }
    return findings;
  },
};
