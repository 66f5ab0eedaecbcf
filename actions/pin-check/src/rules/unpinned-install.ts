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
    // Once, not per finding: this loop runs once per run, over thousands of findings, mostly unoptimised.
    const severity = severityFor(policy, this.meta);
    const ruleId = this.meta.id;
    let scopedFile: string | undefined;
    let applies = false;
    // The shell engine builds each problem's message anew (5,076 findings, 102 distinct texts on the bench corpus):
    // findings share one flat string per text instead, which the summary's grouping, the SARIF text and the JSON
    // report then hash or copy once per text rather than once per finding.
    const messages = new Map<string, string>();
    for (const { file, line, problem } of scriptFindings(facts)) {
      // Findings come file by file: the path scope is asked once per file.
      if (file !== scopedFile) {
        scopedFile = file;
        applies = ruleAppliesTo(policy, ruleId, file);
      }
      if (problem.kind === 'unpinned-os-package' || !applies) continue;
      let message = messages.get(problem.message);
      if (message === undefined) messages.set(problem.message, (message = problem.message));
      findings.push({
        ruleId,
        severity: WARNINGS.has(problem.kind) ? 'warning' : severity,
        message,
        file,
        line,
        confidence: 'high',
        fixHint: problem.fix,
      });
    }
    return findings;
  },
};
