import { globMatcher, type Finding } from '@gates/core';
import { pinEdit } from '../fix/pin-edit.js';
import { referenceKey } from '../online/online-facts.js';
import { ruleAppliesTo, severityFor } from '../policy.js';
import { ruleDocs, type PinRule } from './rule.js';

const DESCRIBE = {
  'short-sha': 'a short SHA, which can collide with a commit in a fork',
  'semver-tag': 'a tag, which its owner can move to other code at any time',
  'branch-or-tag': 'a branch or tag, which moves whenever its owner pushes',
} as const;

/** `uses: owner/repo@ref` must name a full commit SHA (steps, reusable workflows, composite actions). */
export const unpinnedUses: PinRule = {
  meta: {
    id: 'unpinned-uses',
    description: 'Actions and reusable workflows are pinned to a full commit SHA',
    severity: 'error',
    docs: ruleDocs('unpinned-uses'),
  },
  check(facts, policy) {
    const findings: Finding[] = [];
    const allowed = policy.allow.map((entry) => ({ entry, matches: globMatcher([entry.uses]) }));
    const online = facts.online && !facts.online.skipped ? facts.online : undefined;
    // A finding's message and fix hint depend on the `uses:` value alone (its reference, and what the online facts
    // say of it), so each distinct value's are built once and shared: a repository repeats a few dozen references
    // thousands of times (bench/: 3,858 findings, 24 messages). Every report reads these strings again, and a
    // string built per finding was copied flat by the first of them and hashed by the summary's grouping.
    const texts = new Map<string, { message: string; fixHint: string }>();
    const severity = severityFor(policy, this.meta);
    for (const workflow of facts.workflows) {
      if (!ruleAppliesTo(policy, this.meta.id, workflow.file)) continue;
      for (const uses of workflow.uses) {
        const { reference } = uses;
        if (reference.kind !== 'remote') continue;
        const { refKind } = reference;
        if (refKind === 'sha') continue;
        const name = `${reference.owner}/${reference.repo}`;
        const allow = allowed.find(({ matches }) => matches(name) || matches(`${name}/${reference.path}`));
        const base = uses.value.slice(0, uses.value.lastIndexOf('@'));
        // Online facts say what the ref resolves to now: the finding then carries its fix.
        const resolved = online?.references.get(referenceKey(reference.owner, reference.repo, reference.path, reference.ref));
        const tag = resolved ? resolved.bestTag : reference.ref;
        const edit = resolved?.commit ? pinEdit(uses, resolved.commit, tag, policy.commentSeparator) : undefined;
        const named = tag ? ` (${tag})` : '';
        let text = texts.get(uses.value);
        if (!text) {
          text = {
            message: `${uses.value} is pinned to ${DESCRIBE[refKind]}.` + (resolved?.commit ? ` It resolves to ${resolved.commit}${named} today.` : ''),
            fixHint: `pin the full commit SHA the ref points to: uses: ${base}@${resolved?.commit ?? '<40-hex sha>'}${tag ? ` # ${tag}` : ''}`,
          };
          texts.set(uses.value, text);
        }
        const finding: Finding = {
          ruleId: this.meta.id,
          severity,
          message: text.message,
          file: workflow.file,
          line: uses.line,
          column: uses.column,
          confidence: 'high',
          fixHint: text.fixHint,
        };
        if (edit) finding.fix = { description: `pin ${uses.value} to ${resolved!.commit}${named}`, file: workflow.file, edits: [edit] };
        if (allow) finding.waived = { reason: `allowed by policy (${allow.entry.uses}): ${allow.entry.reason}` };
        findings.push(finding);
      }
    }
    return findings;
  },
};
