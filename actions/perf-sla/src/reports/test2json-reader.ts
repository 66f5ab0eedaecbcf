import { StringDecoder } from 'node:string_decoder';
import { identityOf } from '../stats/test-identity.js';
import { emptyTotals } from './report-totals.js';
import type { TestCase } from './test-case.js';

interface Test2JsonEvent {
  Time?: string;
  Action?: string;
  Package?: string;
  Test?: string;
  Elapsed?: number;
}

/** Lines longer than this (one `output` event) are refused rather than buffered without end. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;

export class Test2JsonError extends Error {
  constructor(
    message: string,
    /** 1-based line of the input. */
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * Go's `go test -json` (test2json) stream: one JSON event a line; a test ends
 * with a pass, fail or skip event carrying its Elapsed seconds; the package is
 * the suite. Subtests (`TestA/case_1`) are tests of their own; `-count=N`
 * runs a test N times, each an attempt of it. Events' `Time` gives the span
 * the tests ran in. Bytes in, test records out, line by line. No I/O.
 */
export class Test2JsonReader {
  private carry = '';
  private line = 0;
  /** Lines that were test2json events (objects with an Action): JSON of any other kind is not a Go test report. */
  private events = 0;
  // A character split between two chunks is decoded whole.
  private readonly decoder = new StringDecoder('utf8');
  readonly totals = emptyTotals();

  constructor(private readonly onTestCase: (test: TestCase) => void) {}

  push(chunk: Buffer): void {
    const text = this.carry + this.decoder.write(chunk);
    const lines = text.split('\n');
    this.carry = lines.pop() ?? '';
    if (this.carry.length > MAX_LINE_BYTES) throw new Test2JsonError(`a line longer than ${MAX_LINE_BYTES} bytes`, this.line + 1);
    for (const line of lines) this.event(line);
  }

  end(): void {
    this.carry += this.decoder.end();
    if (this.carry.trim() !== '') this.event(this.carry);
    this.carry = '';
    if (this.events === 0) throw new Test2JsonError('no test2json event (JSON that is not `go test -json` output)', 1);
  }

  private event(raw: string): void {
    this.line++;
    const text = raw.trim();
    if (text === '') return;
    let event: Test2JsonEvent | null;
    try {
      event = JSON.parse(text) as Test2JsonEvent | null;
    } catch {
      throw new Test2JsonError(`not a test2json event (invalid JSON): ${text.slice(0, 60)}`, this.line);
    }
    if (!event || typeof event !== 'object' || typeof event.Action !== 'string') throw new Test2JsonError(`not a test2json event (no Action): ${text.slice(0, 60)}`, this.line);
    this.events++;
    if (typeof event.Time === 'string') {
      const at = Date.parse(event.Time);
      this.totals.times.span(at, at);
    }
    if (!event.Test || (event.Action !== 'pass' && event.Action !== 'fail' && event.Action !== 'skip')) return;
    const status = event.Action === 'pass' ? 'passed' : event.Action === 'fail' ? 'failed' : 'skipped';
    const suite = event.Package ?? '';
    const identity = identityOf(suite, suite, event.Test);
    this.onTestCase({ suite, classname: suite, name: event.Test, seconds: typeof event.Elapsed === 'number' ? event.Elapsed : undefined, status, foldedAttempts: 0, earlierFailed: false, idHigh: identity.high, idLow: identity.low });
  }
}
