import { globMatcher } from '@gates/core';
import { fullName, type TestCase } from '../reports/test-case.js';
import type { RunStats } from '../stats/run-stats.js';
import { IdentitySet } from '../stats/identity-set.js';
import type { RetryMode } from '../stats/test-tally.js';
import type { Budget, SlaPolicy } from './sla-policy.js';

export interface Breach {
  scope: 'run' | 'suite' | 'test' | 'top-10';
  /** The test's or suite's name ('' for the run). */
  name: string;
  metric: 'max' | 'total' | 'p95';
  budget: Budget;
  observed: number;
  /** Where the report says the test is. */
  file?: string;
  line?: number;
}

export interface Top10Status {
  name: string;
  budget: Budget;
  /** Slowest observed duration of this test in the run; undefined when it did not run. */
  observed?: number;
}

/** Breaches listed one by one; the count beyond this is still reported. */
const MAX_LISTED = 1000;

const GLOB = /[*?[\]{}!]/;

/**
 * Matches each test record against the SLA as the reports stream by, and
 * judges suites and the run at the end. A test's slowest attempt is what a
 * `max` budget judges, and a test breaks a budget once however many of its
 * attempts did. Entries that match no test are stale: a renamed test must
 * not make its budget pass silently. Pure.
 */
export class SlaTracker {
  readonly breaches: Breach[] = [];
  breachCount = 0;
  private readonly exact = new Map<string, number[]>();
  private readonly globs: { index: number; matches: (name: string) => boolean }[] = [];
  private readonly matched = new Set<number>();
  private readonly top10: Top10Status[];
  private readonly top10ByName = new Map<string, Top10Status>();
  /** Listed test breaches by entry and test, so a retried test's attempts make one breach (its slowest). */
  private readonly listed = new Map<string, Breach>();
  /** Tests that broke a budget (merged retries): beyond the listed breaches, an earlier attempt's breach is known only here. */
  private readonly breached = new IdentitySet();

  constructor(
    private readonly policy: SlaPolicy,
    private readonly retries: RetryMode = 'separate',
  ) {
    policy.tests.forEach((test, index) => {
      if (GLOB.test(test.name)) this.globs.push({ index, matches: globMatcher([test.name]) });
      else this.exact.set(test.name, [...(this.exact.get(test.name) ?? []), index]);
    });
    this.top10 = policy.top10.map((entry) => ({ name: entry.name, budget: entry.max }));
    for (const status of this.top10) this.top10ByName.set(status.name, status);
  }

  /** Whether any entry names tests: then every test's name is needed. */
  get namesTests(): boolean {
    return this.exact.size > 0 || this.globs.length > 0 || this.top10ByName.size > 0;
  }

  /** One test record. */
  observe(test: TestCase): void {
    if (test.status === 'skipped' || !this.namesTests) return;
    const seconds = slowestAttempt(test);
    if (seconds === undefined) return;
    const name = fullName(test);
    const top = this.top10ByName.get(name);
    if (top) top.observed = Math.max(top.observed ?? 0, seconds);
    for (const index of this.exact.get(name) ?? []) this.check(index, test, name, seconds);
    for (const glob of this.globs) if (glob.matches(name)) this.check(glob.index, test, name, seconds);
  }

  /** The budgets that apply to a test (its `tests:` entries and its `top-10:` entry), tightest first. */
  budgetsFor(name: string): Budget[] {
    const budgets = [...(this.exact.get(name) ?? []), ...this.globs.filter((glob) => glob.matches(name)).map((glob) => glob.index)].map((index) => this.policy.tests[index]!.max);
    const top = this.top10ByName.get(name);
    if (top) budgets.push(top.budget);
    return budgets.sort((a, b) => a.seconds - b.seconds);
  }

  /** Run and suite budgets, the top-10 list, and the entries that matched nothing. */
  finish(stats: RunStats): { top10: Top10Status[]; stale: { name: string; pointer: string }[] } {
    const run = this.policy.run;
    if (run.total && stats.overall.sum > run.total.seconds) this.add({ scope: 'run', name: '', metric: 'total', budget: run.total, observed: stats.overall.sum });
    const runP95 = stats.percentiles().p95;
    if (run.p95 && runP95 > run.p95.seconds) this.add({ scope: 'run', name: '', metric: 'p95', budget: run.p95, observed: runP95 });
    for (const suite of this.policy.suites) {
      const matches = globMatcher([suite.name]);
      for (const [name, column] of stats.bySuite) {
        if (!(GLOB.test(suite.name) ? matches(name) : name === suite.name)) continue;
        if (suite.total && column.sum > suite.total.seconds) this.add({ scope: 'suite', name, metric: 'total', budget: suite.total, observed: column.sum });
        const p95 = stats.percentiles(column).p95;
        if (suite.p95 && p95 > suite.p95.seconds) this.add({ scope: 'suite', name, metric: 'p95', budget: suite.p95, observed: p95 });
      }
    }
    for (const status of this.top10) {
      if (status.observed !== undefined && status.observed > status.budget.seconds) this.add({ scope: 'top-10', name: status.name, metric: 'max', budget: status.budget, observed: status.observed });
    }
    const stale = [
      ...this.policy.tests.filter((_, index) => !this.matched.has(index)).map((test) => ({ name: test.name, pointer: test.pointer })),
      ...this.policy.top10.filter((entry) => this.top10ByName.get(entry.name)!.observed === undefined).map((entry) => ({ name: entry.name, pointer: entry.pointer })),
    ];
    return { top10: this.top10, stale };
  }

  private check(index: number, test: TestCase, name: string, seconds: number): void {
    this.matched.add(index);
    const budget = this.policy.tests[index]!.max;
    if (seconds <= budget.seconds) return;
    const key = `${index}\u0000${test.suite}\u0000${name}`;
    const earlier = this.listed.get(key);
    if (earlier) {
      if (seconds > earlier.observed) Object.assign(earlier, { observed: seconds, file: test.file ?? earlier.file, line: test.line ?? earlier.line });
      return;
    }
    const first = this.retries === 'separate' || this.breached.add(test.idHigh, test.idLow);
    if (this.breaches.length >= MAX_LISTED && !first) return;
    const breach = this.add({ scope: 'test', name, metric: 'max', budget, observed: seconds, file: test.file, line: test.line });
    if (breach) this.listed.set(key, breach);
  }

  private add(breach: Breach): Breach | undefined {
    this.breachCount++;
    if (this.breaches.length >= MAX_LISTED) return undefined;
    this.breaches.push(breach);
    return breach;
  }
}

/** The longest attempt a record holds. */
function slowestAttempt(test: TestCase): number | undefined {
  let slowest = test.seconds;
  for (const seconds of test.attemptSeconds ?? []) slowest = slowest === undefined ? seconds : Math.max(slowest, seconds);
  return slowest;
}
