import { countBySeverity, sortFindings, verdictOf, type Report } from '../findings/model.js';

/** The machine-readable report: the verdict, counts and every finding. */
export function renderJsonReport(report: Report): Record<string, unknown> {
  return {
    tool: report.tool,
    version: report.version,
    verdict: verdictOf(report),
    failOn: report.failOn,
    counts: { ...countBySeverity(report.findings), waived: report.findings.filter((f) => f.waived).length },
    notes: report.notes ?? [],
    ...(report.waivers?.length ? { waivers: report.waivers } : {}),
    findings: sortFindings(report.findings),
  };
}
