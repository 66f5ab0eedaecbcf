import { ReportTimes } from './report-times.js';
import type { HeaderCheck } from './suite-headers.js';

/** What a report holds besides its test records. */
export interface ReportTotals {
  /** Failures outside any test: `<error>` directly under a JUnit suite, xUnit's environment errors, NUnit suites failed in setup or teardown. */
  suiteErrors: number;
  headers: HeaderCheck;
  times: ReportTimes;
  /** The XML root element's name. */
  root?: string;
}

export function emptyTotals(headers: HeaderCheck = { mismatches: 0, headerOnly: [], headerOnlyCount: 0 }): ReportTotals {
  return { suiteErrors: 0, headers, times: new ReportTimes() };
}
