import type { Finding } from '@gates/core';
import { ruleAppliesTo, severityFor } from '../policy.js';
import { checkScript } from '../shell/install-checks.js';
import { tokenizeShell } from '../shell/tokenize.js';
import { ruleDocs, type PinRule } from './rule.js';

/**
 * A cheap, sound prefilter: every command the checks judge names one of these
 * tools, and quoting or escaping (`n'p'm`, `n\\pm`) cannot hide it once quotes
 * and backslashes (and line continuations) are dropped. Scripts without any skip the tokenizer.
 */
const TOOL_WORDS = /\b(npm|pip3?|python3?|go|gem|curl|wget)\b/;
const HIDING = /['"\\]/;

export function mayInstall(script: string): boolean {
  // Most scripts that install name the tool plainly; only a script with quotes or backslashes needs them dropped.
  if (TOOL_WORDS.test(script)) return true;
  return HIDING.test(script) && TOOL_WORDS.test(script.replace(/\\\r?\n/g, '').replace(/['"\\]/g, ''));
}

/** `run:` steps install only pinned things: npm ci, pinned pip/go/gem installs, no curl | sh. */
export const unpinnedInstall: PinRule = {
  meta: {
    id: 'unpinned-install',
    description: 'Run steps install pinned versions (npm ci, pip ==x with hashes, go install @vX, gem -v) and never pipe downloads into a shell',
    severity: 'error',
    docs: ruleDocs('unpinned-install'),
  },
  check(facts, policy) {
    const findings: Finding[] = [];
    for (const workflow of facts.workflows) {
      if (!ruleAppliesTo(policy, this.meta.id, workflow.file)) continue;
      for (const run of workflow.runs) {
        if (!mayInstall(run.script)) continue;
        for (const { line, problem } of checkScript(tokenizeShell(run.script))) {
          findings.push({
            ruleId: this.meta.id,
            // Reviewing a lockfile-less `npm install` matters less than running unpinned code.
            severity: problem.kind === 'prefer-lockfile-install' || problem.kind === 'unhashed-requirements' ? 'warning' : severityFor(policy, this.meta),
            message: problem.message,
            file: workflow.file,
            line: run.firstScriptLine + line,
            confidence: 'high',
            fixHint: problem.fix,
          });
        }
      }
    }
    return findings;
  },
};
