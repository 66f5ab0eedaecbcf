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
  // Index loops, not for-of and not find(): this runs once per finding, mostly unoptimised, where an iterator
  // allocates a result object per step (about 1 MB on the bench corpus) and find() a closure per finding.
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index]!;
    let candidates = byMessage.get(finding.message);
    if (!candidates) byMessage.set(finding.message, (candidates = []));
    let group: FindingGroup | undefined;
    for (let at = 0; at < candidates.length; at++) {
      if (saysTheSame(candidates[at]!.sample, finding)) {
        group = candidates[at]!;
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

/** A group's places: its first files with their lines, and how many files it has in all. */
export interface FilePlaces {
  /** The first `limit` files in first-seen order: `file → [lines]` (0 for a finding without a line). */
  listed: Map<string, number[]>;
  /** Distinct files of the group, listed or not. */
  files: number;
}

/**
 * The group's places by file. Only the first `limit` files keep their lines;
 * the others are counted. A summary row lists 40 files of groups that reach
 * hundreds of files and thousands of findings, and lines kept for every file
 * (a map entry and an array each) were most of what the summary allocated.
 */
export function placesByFile(group: FindingGroup, limit = Number.POSITIVE_INFINITY): FilePlaces {
  return ascendingPlaces(group.findings, limit) ?? placesInAnyOrder(group.findings, limit);
}

/**
 * Findings in file order (a report's are sorted, so a group's are too): a
 * file that changes to a greater one is new, and files past the listed ones
 * are counted without being kept. Undefined at the first file out of order.
 */
function ascendingPlaces(findings: readonly Finding[], limit: number): FilePlaces | undefined {
  const listed = new Map<string, number[]>();
  let files = 0;
  let current: string | undefined;
  let lines: number[] | undefined;
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index]!;
    const file = finding.file ?? '';
    if (file !== current) {
      // Compared as sortFindings compares files (UTF-16 code units).
      if (current !== undefined && !(current < file)) return undefined;
      current = file;
      files++;
      lines = files <= limit ? [] : undefined;
      if (lines) listed.set(file, lines);
    }
    lines?.push(finding.line ?? 0);
  }
  return { listed, files };
}

/** Any order: a file can come back after another, so the files past the listed ones are kept in a set to be counted once. */
function placesInAnyOrder(findings: readonly Finding[], limit: number): FilePlaces {
  const listed = new Map<string, number[]>();
  const unlisted = new Set<string>();
  let current: string | undefined;
  let lines: number[] | undefined;
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index]!;
    const file = finding.file ?? '';
    if (file !== current) {
      current = file;
      lines = listed.get(file);
      // The listed files are the first ones seen: while there is room, a file not among them is new.
      if (!lines && listed.size < limit) listed.set(file, (lines = []));
      else if (!lines) unlisted.add(file);
    }
    lines?.push(finding.line ?? 0);
  }
  return { listed, files: listed.size + unlisted.size };
}
