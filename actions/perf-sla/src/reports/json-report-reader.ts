import { JsonScanner, type JsonHandler, type JsonPath } from '@gates/core';
import { identityOf } from '../stats/test-identity.js';
import { FAILURE_TEXT_BYTES, type ReaderOptions } from './junit-reader.js';
import { ReportShapeError } from './report-shape-error.js';
import { emptyTotals } from './report-totals.js';
import { SuiteHeaders, type SuiteCounts } from './suite-headers.js';
import type { TestCase, TestStatus } from './test-case.js';

/** Jest's `--json` per-test entry (`testResults[].assertionResults[]`). */
interface JestAssertion {
  fullName?: string;
  title?: string;
  status?: string;
  duration?: number | null;
  invocations?: number;
  location?: { line?: number } | null;
  failureMessages?: string[];
}

/** mocha's `--reporter json` entry (`passes[]`, `failures[]`, `pending[]`). */
interface MochaTest {
  title?: string;
  fullTitle?: string;
  file?: string;
  duration?: number;
  currentRetry?: number;
  err?: { stack?: string; message?: string };
}

const JEST_SKIPPED = new Set(['pending', 'todo', 'skipped', 'disabled']);
const MOCHA_ARRAYS: Record<string, TestStatus> = { passes: 'passed', failures: 'failed', pending: 'skipped' };
/** mocha reports a failed hook among the failures; it is a failure outside any test. */
const MOCHA_HOOK = /^"(before|after)( all| each)?" hook/;

/**
 * JSON reports of JavaScript test runners, both in milliseconds: Jest's
 * `--json` (`testResults[]` per file, `assertionResults[]` per test; a retried
 * test's `invocations`; the file's `name` comes after its tests, so a file's
 * tests wait for it) and mocha's `--reporter json` (`passes`, `failures`,
 * `pending`; `currentRetry` on a retried test; the duplicate `tests` list is
 * skipped unread). Which one a file is, its top-level keys tell. Bytes in,
 * test records out. No I/O.
 */
export class JsonReportReader implements JsonHandler {
  private readonly scanner = new JsonScanner(this);
  private readonly headers = new SuiteHeaders();
  readonly totals = emptyTotals(this.headers.check);
  private format: 'jest' | 'mocha' | undefined;
  private readonly stated: Partial<SuiteCounts> = {};
  private readonly found: SuiteCounts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  private hookFailures = 0;
  /** The Jest file being read: its tests, until its name arrives. */
  private file: { name?: string; start?: number; end?: number; status?: string; tests: JestAssertion[] } = { tests: [] };

  constructor(
    private readonly onTestCase: (test: TestCase) => void,
    private readonly options: ReaderOptions = {},
    private readonly onFormat: (format: 'jest' | 'mocha') => void = () => undefined,
  ) {}

  push(chunk: Buffer): void {
    this.scanner.push(chunk);
  }

  end(): void {
    this.scanner.end();
    if (!this.format) throw new ReportShapeError('a JSON file that is neither a Jest (--json) nor a mocha (--reporter json) report, nor go test -json', 0);
    if (this.format === 'mocha' && this.stated.failures !== undefined) this.stated.failures -= this.hookFailures;
    this.headers.open('', { get: () => undefined, number: (name) => this.stated[name as keyof SuiteCounts], hash: () => undefined }, 0, { tests: 'tests', failures: 'failures', skipped: ['skipped'] });
    this.headers.add(this.found);
    this.headers.close();
  }

  select(path: JsonPath): 'enter' | 'capture' | 'skip' {
    const [top, index, key, position] = path;
    if (path.length === 0) return 'enter';
    if (path.length === 1) return this.topLevel(top as string);
    if (top === 'testResults') {
      if (path.length === 2) return 'enter';
      if (path.length === 3) return key === 'assertionResults' ? 'enter' : key === 'name' || key === 'startTime' || key === 'endTime' || key === 'status' ? 'capture' : 'skip';
      return path.length === 4 && typeof position === 'number' ? 'capture' : 'skip';
    }
    if (top in MOCHA_ARRAYS) return path.length === 2 && typeof index === 'number' ? 'capture' : 'skip';
    return 'skip';
  }

  value(path: JsonPath, value: unknown): void {
    const [top, , key] = path;
    if (path.length === 1) this.topValue(top as string, value);
    else if (top === 'testResults' && path.length === 4) this.file.tests.push(value as JestAssertion);
    else if (top === 'testResults' && path.length === 3) this.fileValue(key as string, value);
    else if (typeof top === 'string' && top in MOCHA_ARRAYS) this.mochaTest(value as MochaTest, MOCHA_ARRAYS[top]!);
  }

  leave(path: JsonPath): void {
    if (path[0] === 'testResults' && path.length === 2) this.finishJestFile();
  }

  private topLevel(key: string): 'enter' | 'capture' | 'skip' {
    if (key === 'testResults' || key.startsWith('numTotal') || key === 'numFailedTests' || key === 'numPendingTests' || key === 'numTodoTests' || key === 'startTime') this.setFormat('jest');
    else if (key === 'stats' || key in MOCHA_ARRAYS) this.setFormat('mocha');
    if (key === 'testResults' || key in MOCHA_ARRAYS) return 'enter';
    return key === 'stats' || key === 'startTime' || key.startsWith('num') ? 'capture' : 'skip';
  }

  private setFormat(format: 'jest' | 'mocha'): void {
    if (this.format) return;
    this.format = format;
    this.onFormat(format);
  }

  private topValue(key: string, value: unknown): void {
    if (key === 'numTotalTests') this.stated.tests = Number(value);
    else if (key === 'numFailedTests') this.stated.failures = Number(value);
    else if (key === 'numPendingTests' || key === 'numTodoTests') this.stated.skipped = (this.stated.skipped ?? 0) + Number(value);
    else if (key === 'startTime' && typeof value === 'number') this.totals.times.span(value, value);
    else if (key === 'stats' && value && typeof value === 'object') {
      const stats = value as { tests?: number; failures?: number; pending?: number; start?: string; end?: string; duration?: number };
      if (typeof stats.tests === 'number') this.stated.tests = stats.tests;
      if (typeof stats.failures === 'number') this.stated.failures = stats.failures;
      if (typeof stats.pending === 'number') this.stated.skipped = stats.pending;
      this.totals.times.span(Date.parse(stats.start ?? ''), Date.parse(stats.end ?? ''));
      if (typeof stats.duration === 'number') this.totals.times.ownSeconds = stats.duration / 1000;
    }
  }

  private fileValue(key: string, value: unknown): void {
    if (key === 'name' && typeof value === 'string') this.file.name = value;
    else if (key === 'startTime' && typeof value === 'number') this.file.start = value;
    else if (key === 'endTime' && typeof value === 'number') this.file.end = value;
    else if (key === 'status' && typeof value === 'string') this.file.status = value;
  }

  /** A Jest test file ends: its tests, with the file as their suite; a file that failed with no test run (it did not compile, a hook threw) is a failure outside any test. */
  private finishJestFile(): void {
    const file = this.file;
    this.file = { tests: [] };
    const suite = this.relative(file.name ?? '');
    if (file.start !== undefined && file.end !== undefined) {
      this.totals.times.span(file.start, file.end);
      this.totals.times.ownSeconds = (this.totals.times.ownSeconds ?? 0) + (file.end - file.start) / 1000;
    }
    if (file.tests.length === 0 && file.status === 'failed') this.totals.suiteErrors++;
    for (const entry of file.tests) {
      const name = entry.fullName ?? entry.title ?? '';
      const status: TestStatus = entry.status === 'passed' ? 'passed' : entry.status === 'failed' ? 'failed' : JEST_SKIPPED.has(entry.status ?? '') ? 'skipped' : 'passed';
      const attempts = Math.max(1, entry.invocations ?? 1);
      const failureText = status === 'failed' && this.options.wantsFailureText?.() ? (entry.failureMessages ?? []).join('\n').slice(0, FAILURE_TEXT_BYTES) : undefined;
      this.emit({ suite, name, seconds: typeof entry.duration === 'number' ? entry.duration / 1000 : undefined, status, folded: attempts - 1, file: suite || undefined, line: entry.location?.line ?? undefined, failureText });
    }
  }

  private mochaTest(entry: MochaTest, status: TestStatus): void {
    if (status === 'failed' && MOCHA_HOOK.test(entry.title ?? '')) {
      this.hookFailures++;
      this.totals.suiteErrors++;
      return;
    }
    const suite = this.relative(entry.file ?? '');
    const failureText = status === 'failed' && this.options.wantsFailureText?.() ? (entry.err?.stack ?? entry.err?.message ?? '').slice(0, FAILURE_TEXT_BYTES) : undefined;
    const seconds = status !== 'skipped' && typeof entry.duration === 'number' ? entry.duration / 1000 : undefined;
    this.emit({ suite, name: entry.fullTitle ?? entry.title ?? '', seconds, status, folded: Math.max(0, entry.currentRetry ?? 0), file: suite || undefined, failureText });
  }

  /** Jest and mocha retry only failures: a test with more than one attempt failed before its last. */
  private emit(record: { suite: string; name: string; seconds: number | undefined; status: TestStatus; folded: number; file?: string; line?: number; failureText?: string }): void {
    const identity = identityOf(record.suite, '', record.name);
    this.found.tests++;
    if (record.status === 'failed') this.found.failures++;
    else if (record.status === 'skipped') this.found.skipped++;
    this.onTestCase({
      suite: record.suite,
      classname: '',
      name: record.name,
      seconds: record.seconds,
      status: record.status,
      foldedAttempts: record.folded,
      earlierFailed: record.folded > 0,
      idHigh: identity.high,
      idLow: identity.low,
      file: record.file,
      line: record.line,
      failureText: record.failureText || undefined,
    });
  }

  /** Runners write absolute paths; suites and annotations use the workspace-relative one. */
  private relative(path: string): string {
    const workspace = this.options.workspace?.replace(/[\\/]+$/, '');
    if (workspace && (path.startsWith(`${workspace}/`) || path.startsWith(`${workspace}\\`))) return path.slice(workspace.length + 1).replace(/\\/g, '/');
    return path;
  }
}
