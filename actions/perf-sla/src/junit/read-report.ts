import { closeSync, constants, openSync, readSync } from 'node:fs';
import { JUnitReader, type ReportTotals, type TimeUnit } from './junit-reader.js';
import type { TestCase } from './test-case.js';
import { XmlSyntaxError } from './xml-scanner.js';

const READ_BYTES = 1024 * 1024;

export interface ReportProblem {
  message: string;
  line: number;
  column: number;
}

export interface ReadOutcome {
  totals: ReportTotals;
  /** Test cases seen before a problem; a report with a problem is never a pass. */
  cases: number;
  problem?: ReportProblem;
}

/**
 * Streams one report file through the JUnit reader in 1 MiB reads (memory is
 * one read plus at most one open tag). Malformed XML becomes a problem with
 * its line and column; the test cases read before it were already passed on.
 */
export function readReport(path: string, unit: TimeUnit, onTestCase: (test: TestCase) => void, namesFor?: (seconds: number | undefined) => boolean): ReadOutcome {
  let cases = 0;
  const reader = new JUnitReader((test) => {
    cases++;
    onTestCase(test);
  }, unit, namesFor);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const chunk = Buffer.allocUnsafe(READ_BYTES);
    for (let position = 0; ; ) {
      const read = readSync(fd, chunk, 0, READ_BYTES, position);
      if (read === 0) break;
      position += read;
      // The reader keeps only what it has not consumed, copied: the chunk can be reused.
      reader.push(chunk.subarray(0, read));
    }
    reader.end();
    return { totals: reader.totals, cases };
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return { totals: reader.totals, cases, problem: { message: error.message, ...lineColumnAt(fd, error.offset) } };
  } finally {
    closeSync(fd);
  }
}

/** Line and column (1-based, columns in bytes) of a byte offset: only on the error path, so the fast path counts no lines. */
function lineColumnAt(fd: number, offset: number): { line: number; column: number } {
  const chunk = Buffer.allocUnsafe(READ_BYTES);
  let line = 1;
  let lineStart = 0;
  for (let position = 0; position < offset; ) {
    const read = readSync(fd, chunk, 0, Math.min(READ_BYTES, offset - position), position);
    if (read === 0) break;
    for (let at = chunk.indexOf(10); at >= 0 && at < read; at = chunk.indexOf(10, at + 1)) {
      line++;
      lineStart = position + at + 1;
    }
    position += read;
  }
  return { line, column: offset - lineStart + 1 };
}
