import { projectUrl } from '../errors/catalogue.js';
import { sortFindings, type Finding, type Fix, type Report, type Severity } from '../findings/model.js';

/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

export function renderSarif(report: Report): Record<string, unknown> {
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  // A repository has far fewer files than findings: encode each path once.
  const uris = new Map<string, string>();
  const uriOf = (file: string) => {
    let uri = uris.get(file);
    if (uri === undefined) uris.set(file, (uri = artifactUri(file)));
    return uri;
  };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: `gates/${report.tool}`,
            version: report.version,
            informationUri: projectUrl(),
            rules: report.rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description },
              ...(rule.docs ? { helpUri: rule.docs } : {}),
              defaultConfiguration: { level: LEVEL[rule.severity] },
            })),
          },
        },
        results: sortFindings(report.findings).map((finding) => result(finding, ruleIndex, uriOf)),
      },
    ],
  };
}

/** A relative URI reference: spaces and other reserved characters percent-encoded. */
function artifactUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** One result, built field by field in SARIF's order (one of these per finding: reports can hold tens of thousands). */
function result(finding: Finding, ruleIndex: Map<string, number>, uriOf: (file: string) => string): Record<string, unknown> {
  const sarif: Record<string, unknown> = { ruleId: finding.ruleId };
  const index = ruleIndex.get(finding.ruleId);
  if (index !== undefined) sarif.ruleIndex = index;
  sarif.level = LEVEL[finding.severity];
  sarif.message = { text: finding.fixHint ? `${finding.message} Fix: ${finding.fixHint}` : finding.message };
  if (finding.file) {
    const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: uriOf(finding.file), uriBaseId: '%SRCROOT%' } };
    if (finding.line) physicalLocation.region = region(finding);
    sarif.locations = [{ physicalLocation }];
  }
  if (finding.fix) sarif.fixes = [sarifFix(finding.fix)];
  if (finding.waived) sarif.suppressions = [{ kind: 'external', status: 'accepted', justification: finding.waived.reason }];
  return sarif;
}

function region(finding: Finding): Record<string, number> {
  const region: Record<string, number> = { startLine: finding.line! };
  if (finding.column) region.startColumn = finding.column;
  if (finding.endLine) region.endLine = finding.endLine;
  if (finding.endLine && finding.endColumn) region.endColumn = finding.endColumn;
  return region;
}

/** SARIF's fix object: replacements by character offset in the artifact. */
function sarifFix(fix: Fix): Record<string, unknown> {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: { uri: artifactUri(fix.file), uriBaseId: '%SRCROOT%' },
        replacements: fix.edits.map((edit) => ({
          deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
          insertedContent: { text: edit.replacement },
        })),
      },
    ],
  };
}
