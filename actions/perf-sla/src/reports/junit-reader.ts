import { TestIdentity } from '../stats/test-identity.js';
import { emptyTotals, type ReportTotals } from './report-totals.js';
import { SuiteHeaders } from './suite-headers.js';
import { strongerStatus, type TestCase, type TestStatus } from './test-case.js';
import { XmlScanner, type Attributes, type XmlHandler } from './xml-scanner.js';

/** Seconds per unit of a report's time attributes. */
export const UNIT_SECONDS = { s: 1, ms: 1e-3, ns: 1e-9 } as const;
export type TimeUnit = keyof typeof UNIT_SECONDS;

export type { ReportTotals } from './report-totals.js';

/** Options every reader takes. */
export interface ReaderOptions {
  /**
   * Whether a test of this duration needs its names decoded (it could be
   * among the slowest, or an SLA names tests). Decoding two UTF-8 strings per
   * test was a fifth of the time on a 1.8M-test report.
   */
  namesFor?: (seconds: number | undefined) => boolean;
  /** Whether a failing test's message and stack are still wanted (for its location); capped by the caller. */
  wantsFailureText?: () => boolean;
  /** The workspace: readers of formats that write absolute paths (Jest, mocha) make them relative to it. */
  workspace?: string;
}

/** Bytes of a failure's text kept: enough for the frames that locate it. */
export const FAILURE_TEXT_BYTES = 8192;

const RETRY_CHILDREN = new Set(['flakyFailure', 'flakyError', 'rerunFailure', 'rerunError']);
const SKIPPED_STATES = new Set(['disabled', 'ignored', 'skipped', 'notrun', 'suppressed']);

/**
 * JUnit XML, every common dialect: `<testsuites>` or a bare `<testsuite>`
 * root, suites nested in suites, `<testcase>` with `<failure>`, `<error>`,
 * `<skipped>` (error beats failure beats skipped when several appear),
 * `status="disabled"`-style attributes, and retries folded into one element
 * (Surefire's and Playwright's `<flakyFailure>`/`<rerunFailure>`). Header
 * counts are checked, not trusted. Push bytes in, test records come out
 * through `onTestCase`. No I/O.
 */
export class JUnitReader implements XmlHandler {
  private readonly scanner = new XmlScanner(this);
  private readonly suites: { name: string; a: number; b: number }[] = [];
  private readonly identity = new TestIdentity();
  private readonly scale: number;
  private current: TestCase | undefined;
  /** One record object, refilled for each testcase (consumers copy what they keep): a million tests make no garbage. */
  private readonly record: TestCase = { suite: '', classname: '', name: '', seconds: undefined, status: 'passed', foldedAttempts: 0, earlierFailed: false, idHigh: 0, idLow: 0 };
  /** Depth inside the current testcase, so nested elements of the same name do not end it. */
  private caseDepth = 0;
  private readonly headers = new SuiteHeaders();
  readonly totals: ReportTotals;

  constructor(
    private readonly onTestCase: (test: TestCase) => void,
    unit: TimeUnit = 's',
    private readonly options: ReaderOptions = {},
  ) {
    this.scale = UNIT_SECONDS[unit];
    this.totals = emptyTotals(this.headers.check);
  }

  push(chunk: Buffer): void {
    this.scanner.push(chunk);
  }

  end(): void {
    this.scanner.end();
  }

  wants(name: string): boolean {
    return name === 'testcase' || name === 'testsuite' || name === 'testsuites' || (this.current !== undefined && this.caseDepth === 0 && RETRY_CHILDREN.has(name));
  }

  open(name: string, attributes: Attributes | undefined, _selfClosing: boolean, offset: number): number | void {
    if (this.current) {
      this.caseDepth++;
      if (this.caseDepth === 1) return this.child(name, attributes);
      return;
    }
    if (name === 'testcase') this.startCase(attributes!, offset);
    else if (name === 'testsuite' || name === 'testsuites') this.startSuite(name, attributes!, offset);
    else if (name === 'error' && this.suites.length > 0) this.totals.suiteErrors++;
  }

  close(name: string, _offset: number, text?: string): void {
    if (this.current) {
      if (this.caseDepth > 0) {
        if (this.caseDepth === 1 && text !== undefined) this.current.failureText ??= text;
        this.caseDepth--;
        return;
      }
      this.headers.count(this.current.status);
      this.onTestCase(this.current);
      this.current = undefined;
      return;
    }
    if (name === 'testsuite' || name === 'testsuites') {
      this.headers.close();
      this.totals.times.closeSuite();
      if (name === 'testsuite') this.suites.pop();
    }
  }

  private startSuite(name: string, attributes: Attributes, offset: number): void {
    const suiteName = attributes.get('name') ?? '';
    this.headers.open(suiteName, attributes, offset);
    this.totals.times.openSuite(attributes.number('time'), this.scale, attributes.get('timestamp'));
    if (name === 'testsuites') return;
    this.identity.reset();
    attributes.hash('name', this.identity);
    this.identity.separator();
    this.suites.push({ name: suiteName, a: this.identity.a, b: this.identity.b });
  }

  private startCase(attributes: Attributes, offset: number): void {
    const time = attributes.number('time');
    const seconds = time === undefined ? undefined : time * this.scale;
    const named = this.options.namesFor?.(seconds) ?? true;
    const suite = this.suites[this.suites.length - 1];
    const identity = suite ? this.identity.from(suite) : this.identity.reset().separator();
    attributes.hash('classname', identity);
    identity.separator();
    attributes.hash('name', identity);
    identity.finish();
    const record = this.record;
    record.suite = suite?.name ?? '';
    record.classname = named ? (attributes.get('classname') ?? '') : '';
    record.name = named ? (attributes.get('name') ?? '') : '';
    record.seconds = seconds;
    record.status = skippedByAttribute(attributes) ? 'skipped' : 'passed';
    record.foldedAttempts = 0;
    record.earlierFailed = false;
    record.attemptSeconds = undefined;
    record.idHigh = identity.high;
    record.idLow = identity.low;
    record.file = named ? attributes.get('file') : undefined;
    record.line = named ? attributes.number('line') : undefined;
    record.failureText = undefined;
    record.offset = offset;
    this.current = record;
    this.caseDepth = 0;
  }

  /** A child of a testcase: a result element, or an attempt folded in (flaky: failed before it passed; rerun: failed again). */
  private child(name: string, attributes: Attributes | undefined): number | void {
    const test = this.current!;
    const status = RESULT_ELEMENTS[name];
    if (status) {
      test.status = strongerStatus(test.status, status);
      if (status !== 'skipped' && this.options.wantsFailureText?.()) return FAILURE_TEXT_BYTES;
      return;
    }
    if (!RETRY_CHILDREN.has(name)) return;
    test.foldedAttempts++;
    test.earlierFailed = true;
    const time = attributes?.number('time');
    if (time !== undefined) (test.attemptSeconds ??= []).push(time * this.scale);
  }
}

const RESULT_ELEMENTS: Record<string, TestStatus | undefined> = { failure: 'failed', error: 'error', skipped: 'skipped' };

/** `status="disabled"` (Ant schema, mikepenz), `"ignored"`, GoogleTest's `status="notrun"` / `result="skipped"|"suppressed"`. */
function skippedByAttribute(attributes: Attributes): boolean {
  const status = attributes.get('status');
  if (status !== undefined && SKIPPED_STATES.has(status.toLowerCase())) return true;
  const result = attributes.get('result');
  return result !== undefined && SKIPPED_STATES.has(result.toLowerCase());
}
