import type { TestCase } from './test-case.js';
import { XmlScanner, type Attributes, type XmlHandler } from './xml-scanner.js';

export type TimeUnit = 's' | 'ms';

/** What a report holds besides its test cases. */
export interface ReportTotals {
  /** `<error>` elements directly under a suite: a suite that failed outside any test. */
  suiteErrors: number;
}

/**
 * JUnit XML, every common dialect: `<testsuites>` or a bare `<testsuite>`
 * root, suites nested in suites, `<testcase>` with `<failure>`, `<error>`,
 * `<skipped>`, Surefire's `<flakyFailure>`/`<rerunFailure>`. Header counts
 * (`tests=`) are not trusted: several producers get them wrong. Push bytes in,
 * test cases come out through `onTestCase`. No I/O.
 */
export class JUnitReader implements XmlHandler {
  private readonly scanner = new XmlScanner(this);
  private readonly suites: string[] = [];
  private current: TestCase | undefined;
  /** Depth inside the current testcase, so nested elements of the same name do not end it. */
  private caseDepth = 0;
  readonly totals: ReportTotals = { suiteErrors: 0 };

  /**
   * `namesFor(seconds)`: whether a test of this duration needs its names
   * decoded (it could be among the slowest, or an SLA names tests). Decoding
   * two UTF-8 strings per test was a fifth of the time on a 1.8M-test report.
   */
  constructor(
    private readonly onTestCase: (test: TestCase) => void,
    private readonly unit: TimeUnit = 's',
    private readonly namesFor: (seconds: number | undefined) => boolean = () => true,
  ) {}

  push(chunk: Buffer): void {
    this.scanner.push(chunk);
  }

  end(): void {
    this.scanner.end();
  }

  wants(name: string): boolean {
    return name === 'testcase' || name === 'testsuite';
  }

  open(name: string, attributes: Attributes | undefined, _selfClosing: boolean): void {
    if (this.current) {
      this.caseDepth++;
      if (this.caseDepth === 1) this.mark(name);
      return;
    }
    if (name === 'testsuite') this.suites.push(attributes?.get('name') ?? '');
    else if (name === 'testcase') {
      const time = attributes!.number('time');
      const seconds = time === undefined ? undefined : this.unit === 'ms' ? time / 1000 : time;
      const named = this.namesFor(seconds);
      this.current = {
        suite: this.suites[this.suites.length - 1] ?? '',
        classname: named ? (attributes!.get('classname') ?? '') : '',
        name: named ? (attributes!.get('name') ?? '') : '',
        seconds,
        status: 'passed',
        flaky: false,
        file: named ? attributes!.get('file') : undefined,
        line: named ? attributes!.number('line') : undefined,
      };
      this.caseDepth = 0;
    } else if (name === 'error' && this.suites.length > 0) this.totals.suiteErrors++;
  }

  close(name: string): void {
    if (this.current) {
      if (this.caseDepth > 0) {
        this.caseDepth--;
        return;
      }
      this.onTestCase(this.current);
      this.current = undefined;
      return;
    }
    if (name === 'testsuite') this.suites.pop();
  }

  /** A child of a testcase: failure beats error beats skipped; reruns that passed make it flaky, not failed. */
  private mark(child: string): void {
    const test = this.current!;
    if (child === 'failure') test.status = 'failed';
    else if (child === 'error' && test.status !== 'failed') test.status = 'error';
    else if (child === 'skipped' && test.status === 'passed') test.status = 'skipped';
    else if (child === 'flakyFailure' || child === 'flakyError') test.flaky = true;
  }
}
