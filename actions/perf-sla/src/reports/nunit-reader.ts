import { TestIdentity } from '../stats/test-identity.js';
import type { ReaderOptions } from './junit-reader.js';
import { OpenTestCase } from './open-test-case.js';
import { emptyTotals } from './report-totals.js';
import { SuiteHeaders, type HeaderNames } from './suite-headers.js';
import type { TestCase, TestStatus } from './test-case.js';
import type { Attributes, XmlHandler } from './xml-scanner.js';

/** NUnit's counts: `failed` includes errors, `inconclusive` is neither a pass nor a failure (read as skipped). */
const NUNIT_HEADER: HeaderNames = { tests: 'total', failures: 'failed', skipped: ['skipped', 'inconclusive'], failuresIncludeErrors: true };
/** Labels NUnit puts on a Failed result that did not fail an assertion. */
const ERROR_LABELS = new Set(['error', 'invalid', 'cancelled']);

/**
 * NUnit 3 result XML (`nunit3-console`, `dotnet test --logger nunit`): root
 * `<test-run>`, nested `<test-suite>` (assembly, namespaces, fixtures,
 * parameterized methods), `<test-case>` with `result`
 * (Passed/Failed/Skipped/Inconclusive/Warning), `label` (Error, Invalid,
 * Cancelled on failures) and `duration` in seconds; the fixture's class is
 * the suite. Suite counts (`total`, `failed`, `skipped`) are checked. The
 * scanner's events in, test records out. No I/O.
 */
export class NUnitHandler implements XmlHandler {
  private readonly identity = new TestIdentity();
  private readonly headers = new SuiteHeaders();
  readonly totals = emptyTotals(this.headers.check);
  private readonly testCase: OpenTestCase;

  constructor(onTestCase: (test: TestCase) => void, options: ReaderOptions = {}) {
    this.testCase = new OpenTestCase(this.headers, onTestCase, options);
  }

  wants(name: string): boolean {
    return name === 'test-case' || name === 'test-suite' || name === 'test-run';
  }

  open(name: string, attributes: Attributes | undefined, _selfClosing: boolean, offset: number): number | void {
    if (this.testCase.isOpen) return this.testCase.enter(name);
    if (name === 'test-case') this.startCase(attributes!, offset);
    else if (name === 'test-suite' || name === 'test-run') {
      this.headers.open(attributes!.get('fullname') ?? attributes!.get('name') ?? '', attributes, offset, NUNIT_HEADER);
      const start = Date.parse(utc(attributes!.get('start-time')));
      this.totals.times.openSuite(attributes!.number('duration'), 1, undefined);
      this.totals.times.span(start, Date.parse(utc(attributes!.get('end-time'))));
      // A fixture whose one-time setup or teardown failed: a failure outside any test.
      const site = attributes!.get('site');
      if (name === 'test-suite' && attributes!.get('result') === 'Failed' && (site === 'SetUp' || site === 'TearDown')) this.totals.suiteErrors++;
    }
  }

  close(name: string, _offset: number, text?: string): void {
    if (this.testCase.isOpen) {
      this.testCase.leave(text);
      return;
    }
    if (name === 'test-suite' || name === 'test-run') {
      this.headers.close();
      this.totals.times.closeSuite();
    }
  }

  private startCase(attributes: Attributes, offset: number): void {
    const classname = attributes.get('classname') ?? '';
    const name = attributes.get('name') ?? '';
    this.identity.reset().text(classname).separator().text(classname).separator().text(name).finish();
    const seconds = attributes.number('duration');
    this.testCase.start({
      suite: classname,
      classname,
      name,
      seconds,
      status: resultStatus(attributes.get('result') ?? '', attributes.get('label') ?? ''),
      foldedAttempts: 0,
      earlierFailed: false,
      idHigh: this.identity.high,
      idLow: this.identity.low,
      offset,
    });
  }
}

function resultStatus(result: string, label: string): TestStatus {
  if (result === 'Passed' || result === 'Warning') return 'passed';
  if (result === 'Failed') return ERROR_LABELS.has(label.toLowerCase()) ? 'error' : 'failed';
  return 'skipped';
}

/** NUnit writes `2026-11-25 10:28:25Z` (or with a `T`); Date.parse wants the `T`. */
function utc(text: string | undefined): string {
  return text ? text.trim().replace(' ', 'T') : '';
}
