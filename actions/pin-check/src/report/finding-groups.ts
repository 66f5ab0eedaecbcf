import { SEVERITY_RANK, type Finding } from '@gates/core';

/** Findings that say the same thing (rule, severity, message, fix, waiver) at different places: one summary row. */
export interface FindingGroup {
  ruleId: string;
  /** The first finding (file order): what every finding of the group says. */
  sample: Finding;
  findings: Finding[];
}

/**
 * Groups findings for the summary. A pin-check message names its subject
 * (`actions/checkout@v4 is pinned to a tag…`, the install command, the
 * image), so equal messages are one reference used in many places: 53 uses
 * of `actions/checkout@v7` become one row with 53 locations.
 *
 * Order: failing before waived, severity, the action's rule priority, then
 * the most frequent first, then file order. Pure.
 */
export function groupFindings(findings: readonly Finding[], rulePriority: readonly string[]): FindingGroup[] {
  // Keyed by the message itself, the rest compared field by field: a key built per finding (thousands) cost a
  // new string to copy and hash each time, where the message's hash is computed once and kept (bench/).
  const byMessage = new Map<string, FindingGroup[]>();
  const groups: FindingGroup[] = [];
  for (const finding of findings) {
    let candidates = byMessage.get(finding.message);
    if (!candidates) byMessage.set(finding.message, (candidates = []));
    // A loop, not find(): this runs once per finding, mostly unoptimised, and find() made a closure for each.
    let group: FindingGroup | undefined;
    for (const candidate of candidates) {
      if (saysTheSame(candidate.sample, finding)) {
        group = candidate;
        break;
      }
    }
    if (!group) {
      group = { ruleId: finding.ruleId, sample: finding, findings: [] };
      candidates.push(group);
      groups.push(group);
    }
    group.findings.push(finding);
  }
  const rank = (ruleId: string) => {
    const index = rulePriority.indexOf(ruleId);
    return index === -1 ? rulePriority.length : index;
  };
  return groups.sort(
    (a, b) =>
      Number(Boolean(a.sample.waived)) - Number(Boolean(b.sample.waived)) ||
      SEVERITY_RANK[b.sample.severity] - SEVERITY_RANK[a.sample.severity] ||
      rank(a.ruleId) - rank(b.ruleId) ||
      b.findings.length - a.findings.length,
  );
}

/** Same rule, severity, fix and waiver (the message is compared by the caller). */
function saysTheSame(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.severity === b.severity && (a.fixHint ?? '') === (b.fixHint ?? '') && Boolean(a.waived) === Boolean(b.waived) && a.waived?.reason === b.waived?.reason;
}

/** The group's places by file, in file order: `file → [lines]` (0 for a finding without a line). */
export function placesByFile(group: FindingGroup): Map<string, number[]> {
  const files = new Map<string, number[]>();
  // Findings come sorted by file, so a file's findings follow each other: the map is asked only when the file changes.
  let current: string | undefined;
  let lines: number[] = [];
  for (const finding of group.findings) {
    const file = finding.file ?? '';
    if (file !== current) {
      current = file;
      const known = files.get(file);
      if (known) lines = known;
      else files.set(file, (lines = []));
    }
    lines.push(finding.line ?? 0);
  }
  return files;
}
