import { ruleDocsUrl, KNOWN_SECRET_RULE, type Finding, type RuleMeta, type Severity } from '@gates/core';
import type { FileOutcome } from '../files/file-outcome.js';
import { BUILTIN_RULES } from '../rules/builtin-rules.js';
import type { CompiledRule } from '../rules/compile-rules.js';

const BUILTIN_IDS = new Set(BUILTIN_RULES.map((rule) => rule.id));

export const UNSCRUBBED_FILE_RULE = 'unscrubbed-file';
export const BINARY_FILE_RULE = 'binary-file';

/** The rules a report can name: known values, every pattern rule in force, and files that could not be scrubbed. */
export function redactionRules(patternRules: readonly CompiledRule[], failOnFind: boolean): RuleMeta[] {
  const found: Severity = failOnFind ? 'error' : 'warning';
  return [
    { id: KNOWN_SECRET_RULE, description: 'A value given as secret (or one of its encodings) was found and redacted', severity: found, docs: ruleDocsUrl('redact-logs', 'known-secret') },
    ...patternRules.map((rule) => ({ id: rule.id, description: `${rule.description}: found and redacted`, severity: found, docs: ruleDocsUrl('redact-logs', BUILTIN_IDS.has(rule.id) ? rule.id : 'custom-rules') })),
    { id: UNSCRUBBED_FILE_RULE, description: 'A file that should be scrubbed could not be (unreadable, refused archive, too large); it may still hold secrets', severity: 'error', docs: ruleDocsUrl('redact-logs', 'unscrubbed-file') },
    { id: BINARY_FILE_RULE, description: 'A binary file was not scrubbed (policy binary: report)', severity: 'warning', docs: ruleDocsUrl('redact-logs', 'binary-file') },
  ];
}

/**
 * One finding per file and rule, with the count and the first line: never the
 * value, not even a prefix. Pure.
 */
export function redactionFindings(outcomes: readonly FileOutcome[], failOnFind: boolean): Finding[] {
  const findings: Finding[] = [];
  const severity: Severity = failOnFind ? 'error' : 'warning';
  for (const outcome of outcomes) {
    const plain = outcome.kind === 'text' || outcome.kind === 'binary';
    for (const [ruleId, occurrence] of outcome.occurrences) {
      const where = plain && outcome.kind === 'text' ? ` (first at line ${occurrence.firstLine})` : outcome.kind === 'text' || outcome.kind === 'binary' ? '' : ' inside the archive';
      findings.push({
        ruleId,
        severity,
        file: outcome.display,
        line: outcome.kind === 'text' ? occurrence.firstLine : undefined,
        message: `${occurrence.count} value(s) matching ${ruleId} redacted${where}; rotate the credential if the file was ever shared unredacted.`,
      });
    }
    if (outcome.status === 'failed' || outcome.status === 'refused') {
      const binary = outcome.reason?.startsWith('binary content') === true;
      findings.push({
        ruleId: binary ? BINARY_FILE_RULE : UNSCRUBBED_FILE_RULE,
        severity: binary ? 'warning' : 'error',
        file: outcome.display,
        message: `not scrubbed: ${outcome.reason}.`,
        fixHint: binary ? 'set `binary: scrub` to overwrite known values in place, or keep the file out of the upload' : 'keep the file out of the upload, or fix the reason and re-run',
      });
    }
  }
  return findings;
}
