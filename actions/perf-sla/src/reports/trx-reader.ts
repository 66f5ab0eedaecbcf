import { identityOf } from '../stats/test-identity.js';
import { FAILURE_TEXT_BYTES } from './junit-reader.js';
import { emptyTotals } from './report-totals.js';
import { SuiteHeaders } from './suite-headers.js';
import type { TestCase, TestStatus } from './test-case.js';
import type { Attributes, XmlHandler } from './xml-scanner.js';

interface PendingResult {
  testId: string;
  testName: string;
  seconds: number | undefined;
  status: TestStatus;
  failureText?: string;
}

/**
 * .NET TRX (`dotnet test --logger trx`, Visual Studio): `<UnitTestResult>`
 * elements with `duration="hh:mm:ss.fffffff"` and an outcome; the class of
 * each test is in `<TestDefinitions>`, which usually comes after the results,
 * so results wait (a few numbers and names each) until the end. `<Times>`
 * says when the run started and finished; `<Counters total>` is checked
 * against the results. The scanner's events in, test records out. No I/O.
 */
export class TrxHandler implements XmlHandler {
  private readonly results: PendingResult[] = [];
  private readonly classes = new Map<string, string>();
  private definition: string | undefined;
  private statedTotal: number | undefined;
  private readonly headers = new SuiteHeaders();
  readonly totals = emptyTotals(this.headers.check);

  constructor(
    private readonly onTestCase: (test: TestCase) => void,
    private readonly wantsFailureText: () => boolean = () => false,
  ) {}

  wants(name: string): boolean {
    return name === 'UnitTestResult' || name === 'UnitTest' || name === 'TestMethod' || name === 'Times' || name === 'Counters';
  }

  open(name: string, attributes: Attributes | undefined): number | void {
    if (name === 'UnitTestResult') {
      this.results.push({
        testId: attributes!.get('testId') ?? '',
        testName: attributes!.get('testName') ?? '',
        seconds: parseTimeSpan(attributes!.get('duration')),
        status: outcomeStatus(attributes!.get('outcome') ?? ''),
      });
    } else if (name === 'ErrorInfo' && this.results.length > 0 && this.wantsFailureText()) return FAILURE_TEXT_BYTES;
    else if (name === 'UnitTest') this.definition = attributes!.get('id');
    else if (name === 'TestMethod' && this.definition) this.classes.set(this.definition, attributes!.get('className') ?? '');
    else if (name === 'Times') this.totals.times.span(Date.parse(attributes!.get('start') ?? ''), Date.parse(attributes!.get('finish') ?? ''));
    else if (name === 'Counters') this.statedTotal = attributes!.number('total');
  }

  close(name: string, _offset: number, text?: string): void {
    if (name === 'UnitTest') this.definition = undefined;
    else if (name === 'ErrorInfo' && text !== undefined) this.results[this.results.length - 1]!.failureText ??= text;
  }

  /** At the end of the document: every result, with its class when the definitions named one. */
  finish(): void {
    this.headers.open('', this.statedTotal === undefined ? undefined : { get: () => undefined, number: (attribute) => (attribute === 'tests' ? this.statedTotal : undefined), hash: () => undefined }, 0);
    for (const result of this.results) {
      const className = this.classes.get(result.testId) ?? '';
      // testName is often already qualified with the class; do not repeat it.
      const name = className && result.testName.startsWith(`${className}.`) ? result.testName.slice(className.length + 1) : result.testName;
      const identity = identityOf(className, className, name);
      this.headers.count(result.status);
      this.onTestCase({ suite: className, classname: className, name, seconds: result.seconds, status: result.status, foldedAttempts: 0, earlierFailed: false, idHigh: identity.high, idLow: identity.low, failureText: result.failureText });
    }
    this.headers.close();
  }
}

/** `00:00:01.2345678` (and `1.02:03:04.5`, days first) → seconds. */
export function parseTimeSpan(text: string | undefined): number | undefined {
  const match = text ? /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(text.trim()) : null;
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 86400 + Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4]);
}

function outcomeStatus(outcome: string): TestStatus {
  switch (outcome) {
    case 'Passed':
    case 'PassedButRunAborted':
      return 'passed';
    case 'Failed':
    case 'Timeout':
    case 'Aborted':
      return 'failed';
    case 'Error':
      return 'error';
    default:
      // NotExecuted, Inconclusive, NotRunnable, Disconnected, Warning, Pending, InProgress
      return 'skipped';
  }
}
