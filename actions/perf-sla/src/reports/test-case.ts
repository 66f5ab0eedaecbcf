export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped';

/** One test record as a report describes it, in any format: one attempt of a test, or several when the report folds retries into one element. */
export interface TestCase {
  /** The innermost enclosing suite's name ('' when none). */
  suite: string;
  /** '' when the reader did not decode names (see `namesFor` in the readers): most tests never need them. */
  classname: string;
  name: string;
  /** Seconds of the attempt that decided the status; undefined when the report gives none. */
  seconds: number | undefined;
  status: TestStatus;
  /** Attempts folded into this record besides the one it reports (Surefire/Playwright `flakyFailure`/`rerunFailure`, Jest `invocations`, mocha `currentRetry`). */
  foldedAttempts: number;
  /** One of those attempts failed: with a passed status, the test is flaky. */
  earlierFailed: boolean;
  /** Seconds of the folded attempts, where the report gives them (Playwright's `includeRetries`): every attempt is an execution. */
  attemptSeconds?: number[];
  /** Identity of the test (suite + classname + name) as a 64-bit hash in two halves: see stats/test-identity.ts. */
  idHigh: number;
  idLow: number;
  /** Where the report says the test is (`file`/`line` attributes, Jest's location, xUnit's source-file). */
  file?: string;
  line?: number;
  /** The failure's or error's text (message and stack), capped, when the reader was asked for it. */
  failureText?: string;
  /** Byte offset of the record in its file (XML readers), so names not decoded while streaming can be read back later. */
  offset?: number;
}

/** Error, then failure, then skipped: the status a record gets when it holds several result elements. */
export const STATUS_RANK: Record<TestStatus, number> = { passed: 0, skipped: 1, failed: 2, error: 3 };

export function strongerStatus(current: TestStatus, candidate: TestStatus): TestStatus {
  return STATUS_RANK[candidate] > STATUS_RANK[current] ? candidate : current;
}

export function failedStatus(status: TestStatus): boolean {
  return status === 'failed' || status === 'error';
}

/** `classname.name`, the key SLAs and history use ("name" alone when there is no class). */
export function fullName(test: Pick<TestCase, 'classname' | 'name'>): string {
  return test.classname ? `${test.classname}.${test.name}` : test.name;
}
