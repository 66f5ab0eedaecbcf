import { sortFindings, type Finding, type Fix, type Report, type Severity } from '../findings/model.js';

/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };
const INFORMATION_URI = 'https://github.com/org/gates';

export function renderSarif(report: Report): Record<string, unknown> {
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: `gates/${report.tool}`,
            version: report.version,
            informationUri: INFORMATION_URI,
            rules: report.rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description },
              ...(rule.docs ? { helpUri: rule.docs } : {}),
              defaultConfiguration: { level: LEVEL[rule.severity] },
            })),
          },
        },
        results: sortFindings(report.findings).map((finding) => result(finding, ruleIndex)),
      },
    ],
  };
}

function result(finding: Finding, ruleIndex: Map<string, number>): Record<string, unknown> {
  const region: Record<string, number> = {};
  if (finding.line) region.startLine = finding.line;
  if (finding.line && finding.column) region.startColumn = finding.column;
  if (finding.endLine) region.endLine = finding.endLine;
  if (finding.endLine && finding.endColumn) region.endColumn = finding.endColumn;
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.fixHint ? `${finding.message} Fix: ${finding.fixHint}` : finding.message },
    ...(finding.file
      ? {
          locations: [
            {
              physicalLocation: {
                // A relative URI reference: spaces and other reserved characters percent-encoded.
                artifactLocation: { uri: finding.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
                ...(Object.keys(region).length ? { region } : {}),
              },
            },
          ],
        }
      : {}),
    ...(finding.fix ? { fixes: [sarifFix(finding.fix)] } : {}),
    ...(finding.waived
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: finding.waived.reason }] }
      : {}),
  };
}

/** SARIF's fix object: replacements by character offset in the artifact. */
function sarifFix(fix: Fix): Record<string, unknown> {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: { uri: fix.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
        replacements: fix.edits.map((edit) => ({
          deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
          insertedContent: { text: edit.replacement },
        })),
      },
    ],
  };
}
