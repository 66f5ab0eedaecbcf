import { globMatcher } from '@gates/core';
import { fullName, type TestCase } from '../junit/test-case.js';
import type { RunStats } from '../stats/run-stats.js';
import type { Budget, SlaPolicy } from './sla-policy.js';

export interface Breach {
  scope: 'run' | 'suite' | 'test' | 'top-10';
  /** The test's or suite's name ('' for the run). */
  name: string;
  metric: 'max' | 'total' | 'p95';
  budget: Budget;
  observed: number;
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
 * Matches each test case against the SLA as the reports stream by, and
 * judges suites and the run at the end. Entries that match no test are stale:
 * a renamed test must not make its budget pass silently. Pure.
 */
export class SlaTracker {
  readonly breaches: Breach[] = [];
  breachCount = 0;
  private readonly exact = new Map<string, number[]>();
  private readonly globs: { index: number; matches: (name: string) => boolean }[] = [];
  private readonly matched = new Set<number>();
  private readonly top10: Top10Status[];
  private readonly top10ByName = new Map<string, Top10Status>();

  constructor(private readonly policy: SlaPolicy) {
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

  observe(test: TestCase): void {
    if (test.seconds === undefined || test.status === 'skipped') return;
    if (this.exact.size === 0 && this.globs.length === 0 && this.top10ByName.size === 0) return;
    const name = fullName(test);
    const top = this.top10ByName.get(name);
    if (top) top.observed = Math.max(top.observed ?? 0, test.seconds);
    for (const index of this.exact.get(name) ?? []) this.check(index, test, name);
    for (const glob of this.globs) if (glob.matches(name)) this.check(glob.index, test, name);
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

  private check(index: number, test: TestCase, name: string): void {
    this.matched.add(index);
    const budget = this.policy.tests[index]!.max;
    if (test.seconds! > budget.seconds) this.add({ scope: 'test', name, metric: 'max', budget, observed: test.seconds!, file: test.file, line: test.line });
  }

  private add(breach: Breach): void {
    this.breachCount++;
    if (this.breaches.length < MAX_LISTED) this.breaches.push(breach);
  }
}
