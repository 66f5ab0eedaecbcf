import { ruleDocsUrl, KNOWN_SECRET_RULE, type Finding, type RuleMeta, type Severity } from '@gates/core';
import type { FileOutcome } from '../files/file-outcome.js';
import { BUILTIN_RULES } from '../rules/builtin-rules.js';
import type { CompiledRule } from '../rules/compile-rules.js';

const BUILTIN_IDS = new Set(BUILTIN_RULES.map((rule) => rule.id));

export const UNSCRUBBED_FILE_RULE = 'unscrubbed-file';
export const BINARY_FILE_RULE = 'binary-file';
export const SKIPPED_FILE_RULE = 'skipped-file';

/** The rules a report can name: known values, every pattern rule in force, and files that could not be scrubbed. */
export function redactionRules(patternRules: readonly CompiledRule[], failOnFind: boolean): RuleMeta[] {
  const found: Severity = failOnFind ? 'error' : 'warning';
  return [
    { id: KNOWN_SECRET_RULE, description: 'A value given as secret (or one of its encodings) was found and redacted', severity: found, docs: ruleDocsUrl('redact-logs', 'known-secret') },
    ...patternRules.map((rule) => ({ id: rule.id, description: `${rule.description}: found and redacted`, severity: found, docs: ruleDocsUrl('redact-logs', BUILTIN_IDS.has(rule.id) ? rule.id : 'custom-rules') })),
    { id: UNSCRUBBED_FILE_RULE, description: 'A file that should be scrubbed could not be (unreadable, refused archive, too large); it may still hold secrets', severity: 'error', docs: ruleDocsUrl('redact-logs', 'unscrubbed-file') },
    { id: BINARY_FILE_RULE, description: 'A binary file was not scrubbed (policy binary: report); it was searched for known values', severity: failOnFind ? 'error' : 'warning', docs: ruleDocsUrl('redact-logs', 'binary-file') },
    { id: SKIPPED_FILE_RULE, description: 'With fail-on-find, a file was not searched in full (binary content, a skipped archive, a link or special file) and the policy does not allow that', severity: 'error', docs: ruleDocsUrl('redact-logs', 'skipped-file') },
  ];
}

export interface FindingOptions {
  failOnFind: boolean;
  /** Policy `skipped: allow`: files not searched in full do not fail fail-on-find. */
  allowSkipped: boolean;
}

/**
 * One finding per file and rule, with the count and the first line: never the
 * value, not even a prefix. A file left with a known value in it, or not
 * scrubbed at all, is an error; with fail-on-find, so is a file not searched
 * in full, unless the policy allows skipping. Pure.
 */
export function redactionFindings(outcomes: readonly FileOutcome[], options: FindingOptions): Finding[] {
  const findings: Finding[] = [];
  const { failOnFind } = options;
  const severity: Severity = failOnFind ? 'error' : 'warning';
  const skipFails = failOnFind && !options.allowSkipped;
  for (const outcome of outcomes) {
    const plain = outcome.kind === 'text' || outcome.kind === 'binary';
    for (const [ruleId, occurrence] of outcome.occurrences) {
      const where = plain && outcome.kind === 'text' ? ` (first at line ${occurrence.firstLine})` : outcome.kind === 'text' || outcome.kind === 'binary' ? '' : ' inside the archive';
      findings.push({
        ruleId,
        severity,
        file: outcome.display,
        line: outcome.kind === 'text' ? occurrence.firstLine : undefined,
        message:
          occurrence.count > 0
            ? `${occurrence.count} value(s) matching ${ruleId} redacted${where}${occurrence.alsoMatched > 0 ? ` (and ${occurrence.alsoMatched} counted under another rule)` : ''}; rotate the credential if the file was ever shared unredacted.`
            : `${occurrence.alsoMatched} value(s) matching ${ruleId} redacted${where}, each counted under another rule that matched it too; rotate the credential if the file was ever shared unredacted.`,
      });
    }
    const finding = unscrubbedFinding(outcome, skipFails);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** What a file not scrubbed (in full) means for the gate. */
function unscrubbedFinding(outcome: FileOutcome, skipFails: boolean): Finding | undefined {
  const file = outcome.display;
  if (outcome.knownLeft) {
    const where = outcome.reason ?? `${outcome.knownLeft} known secret value(s) in archive entries passed through as binary`;
    return { ruleId: UNSCRUBBED_FILE_RULE, severity: 'error', file, message: `known value left in place: ${where}.`, fixHint: 'set `binary: scrub` to overwrite known values in place, or keep the file out of the upload' };
  }
  if (outcome.status === 'refused' && outcome.kind === 'binary') {
    return { ruleId: BINARY_FILE_RULE, severity: skipFails ? 'error' : 'warning', file, message: `not scrubbed: ${outcome.reason}.`, fixHint: 'set `binary: scrub` to overwrite known values and matches in place, or keep the file out of the upload' };
  }
  if (outcome.status === 'failed' || outcome.status === 'refused') {
    return { ruleId: UNSCRUBBED_FILE_RULE, severity: 'error', file, message: `not scrubbed: ${outcome.reason}.`, fixHint: 'keep the file out of the upload, or fix the reason and re-run' };
  }
  if (outcome.status === 'skipped' && skipFails) {
    return { ruleId: SKIPPED_FILE_RULE, severity: 'error', file, message: `not searched in full: ${outcome.reason}.`, fixHint: 'keep the file out of `paths`, or set `skipped: allow` in the policy if leaving it is intended' };
  }
  return undefined;
}
