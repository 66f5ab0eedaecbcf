import type { Finding } from '@gates/core';
import type { ReadOutcome } from '../reports/read-report.js';
import { describeCounts } from '../reports/suite-headers.js';
import { formatSeconds } from '../report/format-seconds.js';
import { IMPLAUSIBLE_FLOOR_SECONDS, PARALLEL_ALLOWANCE, wallSeconds } from '../stats/job-wall-time.js';

/** One report as read: what the summary and the findings need of it. */
export interface ReportSummary {
  display: string;
  outcome: ReadOutcome;
  /** Sum of its tests' attempt times (seconds). */
  caseSeconds: number;
  /** Its attempts that claim more than a day. */
  overADay: number;
}

/** Lines of the suites the header findings point at. */
export interface HeaderLines {
  mismatch?: number;
  headerOnly?: number;
}

/** JUnit roots that are reports; any other root with no test case is not a format perf-sla reads. */
const JUNIT_ROOTS = new Set(['testsuites', 'testsuite']);

/** What one report's reading, headers, units and times say, as findings. Pure. */
export function reportFindings(report: ReportSummary, lines: HeaderLines, jobSeconds: number | undefined): Finding[] {
  const { display: file, outcome } = report;
  const findings: Finding[] = [];
  if (outcome.problem) {
    findings.push({ ruleId: 'invalid-report', severity: 'error', file, line: outcome.problem.line, column: outcome.problem.column, message: `${outcome.problem.message} (after ${outcome.records} test record(s); the partial results are shown but do not pass)` });
  } else if (outcome.format === 'junit' && outcome.records === 0 && outcome.totals.root !== undefined && !JUNIT_ROOTS.has(outcome.totals.root)) {
    findings.push({ ruleId: 'invalid-report', severity: 'error', file, line: 1, message: `the root element <${outcome.totals.root}> is not a test report perf-sla reads (JUnit, NUnit 3, xUnit.net, TRX; or JSON from go test, Jest, mocha)` });
  }
  const { headers } = outcome.totals;
  if (headers.first) {
    const more = headers.mismatches > 1 ? ` (and ${headers.mismatches - 1} more suite(s) like it)` : '';
    findings.push({ ruleId: 'report-headers', severity: 'warning', file, line: lines.mismatch, message: `suite "${headers.first.suite}" states counts its test records do not match: ${describeCounts(headers.first)}${more}; perf-sla counts the records` });
  }
  const headerOnly = headers.headerOnly[0];
  if (headerOnly) {
    const more = headers.headerOnlyCount > 1 ? ` (and ${headers.headerOnlyCount - 1} more suite(s) like it)` : '';
    const stated = Object.entries(headerOnly.header).map(([key, value]) => `${key}=${value}`).join(', ');
    findings.push({ ruleId: 'header-only-suite', severity: 'error', file, line: lines.headerOnly, message: `suite "${headerOnly.suite}" states ${stated} but holds no test record${more}: those results cannot be counted or timed, and are not a pass` });
  }
  if (report.overADay > 0) {
    findings.push({ ruleId: 'implausible-duration', severity: 'warning', file, message: `${report.overADay} test attempt(s) claim more than a day each (read as ${unitName(outcome.unit)}): if this report writes milliseconds or nanoseconds, set time-unit` });
  }
  const wall = wallSeconds(jobSeconds, outcome.totals.times.spanSeconds);
  if (wall !== undefined && report.caseSeconds > Math.max(PARALLEL_ALLOWANCE * wall, IMPLAUSIBLE_FLOOR_SECONDS)) {
    findings.push({ ruleId: 'implausible-duration', severity: 'warning', file, message: `its test times add up to ${formatSeconds(report.caseSeconds)}, ${Math.round(report.caseSeconds / wall).toLocaleString('en')}× the ${formatSeconds(wall)} the tests can have run (read as ${unitName(outcome.unit)}): if this report writes milliseconds or nanoseconds, set time-unit` });
  }
  return findings;
}

export function unitName(unit: 's' | 'ms' | 'ns'): string {
  return unit === 's' ? 'seconds' : unit === 'ms' ? 'milliseconds' : 'nanoseconds';
}
