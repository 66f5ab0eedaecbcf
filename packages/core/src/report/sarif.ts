import { projectUrl } from '../errors/catalogue.js';
import { percentEncodedPath } from './well-formed.js';
import { sortFindings, type Finding, type Fix, type Report, type Severity, type Waiver } from '../findings/model.js';

/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

/**
 * One run for the gate's own findings, then one run per scanner whose results
 * the gate merged (security-gate): code scanning keys alerts by tool, so each
 * result stays under the tool that found it.
 */
export function renderSarif(report: Report): Record<string, unknown> {
  const runs = sarifRuns(report).map(({ tool, findings, ruleIndex, uriOf }) => ({ tool, results: findings.map((finding) => result(finding, ruleIndex, uriOf)) }));
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs };
}

/** One SARIF run before its results are rendered: its tool object, its findings and where their rules and files are. */
export interface SarifRun {
  tool: Record<string, unknown>;
  findings: Finding[];
  ruleIndex: Map<string, number>;
  uriOf: (file: string) => string;
}

/** The runs of a report (renderSarif's, and sarif-text.ts's, which writes the same results as text). */
export function sarifRuns(report: Report): SarifRun[] {
  // A repository has far fewer files than findings: encode each path once.
  const uris = new Map<string, string>();
  const uriOf = (file: string) => {
    let uri = uris.get(file);
    if (uri === undefined) uris.set(file, (uri = percentEncodedPath(file)));
    return uri;
  };
  const byTool = new Map<string | undefined, Finding[]>([[undefined, []]]);
  for (const finding of sortFindings(report.findings)) {
    const group = byTool.get(finding.tool);
    if (group) group.push(finding);
    else byTool.set(finding.tool, [finding]);
  }
  // The gate's own run first, then the scanners' in name order: the same file for the same results.
  const ordered = [...byTool].sort(([a], [b]) => (a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1));
  return ordered.map(([tool, findings]) => {
    const rules = report.rules.filter((rule) => rule.tool === tool);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    return {
      tool: {
        driver: {
          name: tool ?? `gates/${report.tool}`,
          ...(tool ? {} : { version: report.version, informationUri: projectUrl() }),
          rules: rules.map((rule) => ({
            id: rule.id,
            name: rule.id,
            shortDescription: { text: rule.description },
            ...(rule.docs ? { helpUri: rule.docs } : {}),
            defaultConfiguration: { level: LEVEL[rule.severity] },
          })),
        },
      },
      findings,
      ruleIndex,
      uriOf,
    };
  });
}


/** One result, built field by field in SARIF's order (one of these per finding: reports can hold tens of thousands). */
export function result(finding: Finding, ruleIndex: Map<string, number>, uriOf: (file: string) => string): Record<string, unknown> {
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
  if (finding.fingerprint) sarif.partialFingerprints = { 'gates/v1': finding.fingerprint };
  if (finding.fix) sarif.fixes = [sarifFix(finding.fix)];
  if (finding.waived) sarif.suppressions = [suppression(finding.waived)];
  // Most findings carry no properties: no object built and counted for each of them.
  if (!finding.properties && !finding.advisories?.length && !finding.package) return sarif;
  const properties = { ...finding.properties, ...(finding.advisories?.length ? { advisories: finding.advisories.join(',') } : {}) };
  if (finding.package) Object.assign(properties, { package: finding.package.version ? `${finding.package.name}@${finding.package.version}` : finding.package.name });
  if (Object.keys(properties).length > 0) sarif.properties = properties;
  return sarif;
}

/** A waiver as code scanning shows it: suppressed externally, accepted, with who, why and until when. */
function suppression(waiver: Waiver): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  if (waiver.id) properties.waiver = waiver.id;
  if (waiver.expires) properties.expires = waiver.expires;
  if (waiver.approvedBy?.length) properties.approvedBy = waiver.approvedBy;
  if (waiver.ticket) properties.ticket = waiver.ticket;
  return { kind: 'external', status: 'accepted', justification: waiver.reason, ...(Object.keys(properties).length ? { properties } : {}) };
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
        artifactLocation: { uri: percentEncodedPath(fix.file), uriBaseId: '%SRCROOT%' },
        replacements: fix.edits.map((edit) => ({
          deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
          insertedContent: { text: edit.replacement },
        })),
      },
    ],
  };
}
