import { FAILURE_TEXT_BYTES, type ReaderOptions } from './junit-reader.js';
import type { SuiteHeaders } from './suite-headers.js';
import type { TestCase } from './test-case.js';

/**
 * The test case a .NET reader (NUnit, xUnit.net) is inside: elements nested
 * in it are counted so that one of the same name does not end it, the first
 * `<failure>`'s text is kept when a handler asks for it, and the case's own
 * end counts it in its suite's headers and hands it on. (JUnit's reader keeps
 * its own: it reads retry children and refills one record per case on the
 * hot path.) No I/O.
 */
export class OpenTestCase {
  private current: TestCase | undefined;
  private depth = 0;

  constructor(
    private readonly headers: SuiteHeaders,
    private readonly onTestCase: (test: TestCase) => void,
    private readonly options: ReaderOptions,
  ) {}

  get isOpen(): boolean {
    return this.current !== undefined;
  }

  start(test: TestCase): void {
    this.current = test;
    this.depth = 0;
  }

  /** An element opens inside the case: how many bytes of its text to capture (a failure's, when wanted). */
  enter(name: string): number | undefined {
    this.depth++;
    return this.depth === 1 && name === 'failure' && this.options.wantsFailureText?.() ? FAILURE_TEXT_BYTES : undefined;
  }

  /** An element closes while the case is open: a nested one (keeping a failure's text), or the case itself. */
  leave(text: string | undefined): void {
    if (this.depth > 0) {
      if (this.depth === 1 && text !== undefined) this.current!.failureText ??= text;
      this.depth--;
      return;
    }
    this.headers.count(this.current!.status);
    this.onTestCase(this.current!);
    this.current = undefined;
  }
}
