import type { TestCase } from './test-case.js';
import type { Attributes, XmlHandler } from './xml-scanner.js';

interface PendingResult {
  testId: string;
  testName: string;
  seconds: number | undefined;
  status: TestCase['status'];
}

/**
 * .NET TRX (`dotnet test --logger trx`, Visual Studio): `<UnitTestResult>`
 * elements with `duration="hh:mm:ss.fffffff"` and an outcome; the class of
 * each test is in `<TestDefinitions>`, which usually comes after the results,
 * so results wait (a few numbers and names each) until the end. The
 * scanner's events in, test cases out. No I/O.
 */
export class TrxHandler implements XmlHandler {
  private readonly results: PendingResult[] = [];
  private readonly classes = new Map<string, string>();
  private definition: string | undefined;

  constructor(private readonly onTestCase: (test: TestCase) => void) {}

  wants(name: string): boolean {
    return name === 'UnitTestResult' || name === 'UnitTest' || name === 'TestMethod';
  }

  open(name: string, attributes: Attributes | undefined): void {
    if (name === 'UnitTestResult') {
      this.results.push({
        testId: attributes!.get('testId') ?? '',
        testName: attributes!.get('testName') ?? '',
        seconds: parseTimeSpan(attributes!.get('duration')),
        status: outcomeStatus(attributes!.get('outcome') ?? ''),
      });
    } else if (name === 'UnitTest') this.definition = attributes!.get('id');
    else if (name === 'TestMethod' && this.definition) this.classes.set(this.definition, attributes!.get('className') ?? '');
  }

  close(name: string): void {
    if (name === 'UnitTest') this.definition = undefined;
  }

  /** At the end of the document: every result, with its class when the definitions named one. */
  finish(): void {
    for (const result of this.results) {
      const className = this.classes.get(result.testId) ?? '';
      // testName is often already qualified with the class; do not repeat it.
      const name = className && result.testName.startsWith(`${className}.`) ? result.testName.slice(className.length + 1) : result.testName;
      this.onTestCase({ suite: className, classname: className, name, seconds: result.seconds, status: result.status, flaky: false });
    }
  }
}

/** `00:00:01.2345678` (and `1.02:03:04.5`, days first) → seconds. */
export function parseTimeSpan(text: string | undefined): number | undefined {
  const match = text ? /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(text.trim()) : null;
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 86400 + Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4]);
}

function outcomeStatus(outcome: string): TestCase['status'] {
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
