import { TestIdentity } from '../stats/test-identity.js';
import type { ReaderOptions } from './junit-reader.js';
import { OpenTestCase } from './open-test-case.js';
import { emptyTotals } from './report-totals.js';
import { SuiteHeaders, type HeaderNames } from './suite-headers.js';
import type { TestCase, TestStatus } from './test-case.js';
import type { Attributes, XmlHandler } from './xml-scanner.js';

/** xUnit.net's counts; its `errors` are environment errors outside tests, not test results. */
const XUNIT_HEADER: HeaderNames = { tests: 'total', failures: 'failed', skipped: ['skipped', 'not-run'] };
const RESULTS: Record<string, TestStatus> = { Pass: 'passed', Fail: 'failed', Skip: 'skipped', NotRun: 'skipped' };

/**
 * xUnit.net v2 XML (`dotnet test --logger xunit`, the console runner's
 * `-xml`): `<assemblies>` of `<assembly>` of `<collection>` of `<test
 * name type method result time>`, with `source-file`/`source-line` where the
 * runner knows them; v1's root `<assembly>` of `<class>` of the same `<test>`
 * reads the same way. The test's class (`type`) is the suite; `<errors>` are
 * failures outside any test. Assembly and collection counts (`total`,
 * `failed`, `skipped`) are checked. The scanner's events in, test records
 * out. No I/O.
 */
export class XunitHandler implements XmlHandler {
  private readonly identity = new TestIdentity();
  private readonly headers = new SuiteHeaders();
  readonly totals = emptyTotals(this.headers.check);
  private readonly testCase: OpenTestCase;

  constructor(onTestCase: (test: TestCase) => void, options: ReaderOptions = {}) {
    this.testCase = new OpenTestCase(this.headers, onTestCase, options);
  }

  wants(name: string): boolean {
    return name === 'test' || name === 'collection' || name === 'assembly' || name === 'assemblies' || name === 'class';
  }

  open(name: string, attributes: Attributes | undefined, _selfClosing: boolean, offset: number): number | void {
    if (this.testCase.isOpen) return this.testCase.enter(name);
    if (name === 'test') this.startTest(attributes!, offset);
    else if (name === 'assemblies') this.totals.times.span(Date.parse(attributes!.get('start-rtf') ?? ''), Date.parse(attributes!.get('finish-rtf') ?? ''));
    else if (name === 'assembly' || name === 'collection' || name === 'class') {
      this.headers.open(attributes!.get('name') ?? '', attributes, offset, XUNIT_HEADER);
      const time = attributes!.number('time');
      this.totals.times.openSuite(time, 1, undefined);
      if (name === 'assembly') {
        const start = Date.parse(attributes!.get('start-rtf') ?? `${attributes!.get('run-date')}T${attributes!.get('run-time')}`);
        this.totals.times.span(start, start + (time ?? 0) * 1000);
      }
    } else if (name === 'error') this.totals.suiteErrors++;
  }

  close(name: string, _offset: number, text?: string): void {
    if (this.testCase.isOpen) {
      this.testCase.leave(text);
      return;
    }
    if (name === 'assembly' || name === 'collection' || name === 'class') {
      this.headers.close();
      this.totals.times.closeSuite();
    }
  }

  private startTest(attributes: Attributes, offset: number): void {
    const type = attributes.get('type') ?? '';
    const display = attributes.get('name') ?? '';
    // The display name usually repeats the class: `Ns.CalcTests.Adds(x: 1)`.
    const name = type && display.startsWith(`${type}.`) ? display.slice(type.length + 1) : display;
    this.identity.reset().text(type).separator().text(type).separator().text(name).finish();
    this.testCase.start({
      suite: type,
      classname: type,
      name,
      seconds: attributes.number('time'),
      status: RESULTS[attributes.get('result') ?? ''] ?? 'skipped',
      foldedAttempts: 0,
      earlierFailed: false,
      idHigh: this.identity.high,
      idLow: this.identity.low,
      file: attributes.get('source-file'),
      line: attributes.number('source-line'),
      offset,
    });
  }
}
