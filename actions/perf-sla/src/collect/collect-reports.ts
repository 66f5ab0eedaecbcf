import { statSync } from 'node:fs';
import type { DiscoveredFile, Finding } from '@gates/core';
import { FailureLocator } from '../failures/failure-location.js';
import { FailureNotes } from '../failures/failure-notes.js';
import { readReport, type ReadOutcome } from '../reports/read-report.js';
import type { UnitSetting } from '../reports/time-unit.js';
import type { SlaPolicy } from '../sla/sla-policy.js';
import { SlaTracker } from '../sla/sla-tracker.js';
import { RunStats } from '../stats/run-stats.js';
import type { RetryMode } from '../stats/test-tally.js';
import { reportFindings, type HeaderLines, type ReportSummary } from './report-findings.js';

export interface CollectOptions {
  unit: UnitSetting;
  retries: RetryMode;
  policy: SlaPolicy;
  workspace: string;
  /** How many slowest tests to keep (history tracks them). */
  keep: number;
  /** Seconds the job has run so far, where known (see stats/job-wall-time.ts). */
  jobSeconds?: number;
}

export interface Collected {
  stats: RunStats;
  sla: SlaTracker;
  reports: ReportSummary[];
  findings: Finding[];
  /** Failing tests seen, and how many of the reported ones had no place in the workspace. */
  failures: { seen: number; notes: number; unlocated: number };
}

/**
 * Reads every report into one run: counts, durations, SLA matches and
 * failing tests as the records stream by, then per report what its headers,
 * units and times say (see report-findings.ts).
 */
export function collectReports(files: readonly DiscoveredFile[], options: CollectOptions): Collected {
  const stats = new RunStats(options.keep, options.retries, expectedTests(files));
  const sla = new SlaTracker(options.policy, options.retries);
  const failures = new FailureNotes();
  const reports: ReportSummary[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const before = { sum: stats.overall.sum, overADay: stats.overADay };
    let lines: HeaderLines = {};
    const outcome = readReport(
      file.path,
      { unit: options.unit, workspace: options.workspace, namesFor: (seconds) => sla.namesTests || stats.couldBeSlowest(seconds), wantsFailureText: () => failures.wantsText() },
      (test) => {
        stats.add(test);
        sla.observe(test);
        failures.consider(test, file.display);
      },
      (access, read) => {
        failures.resolveNames(file.display, access);
        lines = headerLines(read, access.linesAt);
      },
    );
    const summary: ReportSummary = { display: file.display, outcome, caseSeconds: stats.overall.sum - before.sum, overADay: stats.overADay - before.overADay };
    reports.push(summary);
    for (const finding of reportFindings(summary, lines, options.jobSeconds)) findings.push(finding);
  }
  const located = failures.findings(stats.tally, new FailureLocator(options.workspace));
  for (const finding of located.findings) findings.push(finding);
  return { stats, sla, reports, findings, failures: { seen: failures.seen, notes: located.findings.length, unlocated: located.unlocated } };
}

/** About the fewest bytes a real test record takes (`<testcase classname="…" name="…" time="…"/>` with short names): tests ≤ bytes / this, so the retry log is sized once for most runs. */
const MIN_RECORD_BYTES = 100;

function expectedTests(files: readonly DiscoveredFile[]): number {
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file.path).size;
    } catch {
      // Unreadable files are reported when read.
    }
  }
  return bytes / MIN_RECORD_BYTES;
}

/** Lines of the suites the header findings point at; the file is read again only up to them, and only when there are some. */
function headerLines(outcome: ReadOutcome, linesAt: (offsets: readonly number[]) => number[]): HeaderLines {
  const { headers } = outcome.totals;
  const wanted = { mismatch: headers.first?.offset, headerOnly: headers.headerOnly[0]?.offset };
  const keys = (Object.keys(wanted) as (keyof HeaderLines)[]).filter((key) => wanted[key] !== undefined);
  if (keys.length === 0) return {};
  const lines = linesAt(keys.map((key) => wanted[key]!));
  return Object.fromEntries(keys.map((key, index) => [key, lines[index]]));
}
