import { closeSync, readSync } from 'node:fs';
import { openRegularFile } from '@gates/core';
import { JUnitReader, type ReportTotals, type TimeUnit } from './junit-reader.js';
import { Test2JsonError, Test2JsonReader } from './test2json-reader.js';
import type { TestCase } from './test-case.js';
import { TrxHandler } from './trx-reader.js';
import { XmlScanner, XmlSyntaxError, type XmlHandler } from './xml-scanner.js';

const READ_BYTES = 1024 * 1024;

export interface ReportProblem {
  message: string;
  line: number;
  column: number;
}

export interface ReadOutcome {
  format: 'junit' | 'trx' | 'test2json';
  totals: ReportTotals;
  /** Test cases seen before a problem; a report with a problem is never a pass. */
  cases: number;
  problem?: ReportProblem;
}

/** What a report file is fed to: bytes in, test cases out through the callback given at creation. */
interface FormatReader {
  format: ReadOutcome['format'];
  push(chunk: Buffer): void;
  end(): void;
  totals: ReportTotals;
}

/**
 * Streams one report file in 1 MiB reads (memory: one read plus at most one
 * open tag or line) through the reader for its format: JUnit XML, .NET TRX
 * (root <TestRun>) or Go test2json (JSON lines). Malformed input becomes a
 * problem with its line and column; the test cases read before it were
 * already passed on.
 */
export function readReport(path: string, unit: TimeUnit, onTestCase: (test: TestCase) => void, namesFor?: (seconds: number | undefined) => boolean): ReadOutcome {
  let cases = 0;
  const counted = (test: TestCase) => {
    cases++;
    onTestCase(test);
  };
  // A regular file, no link followed, never a FIFO or device (one swapped in after discovery is refused, unread).
  const { fd } = openRegularFile(path, { noFollow: true });
  let reader: FormatReader | undefined;
  try {
    const chunk = Buffer.allocUnsafe(READ_BYTES);
    for (let position = 0; ; ) {
      const read = readSync(fd, chunk, 0, READ_BYTES, position);
      if (read === 0) break;
      reader ??= readerFor(chunk.subarray(0, read), unit, counted, namesFor);
      position += read;
      // Readers keep only what they have not consumed, copied: the chunk can be reused.
      reader.push(chunk.subarray(0, read));
    }
    reader ??= readerFor(Buffer.alloc(0), unit, counted, namesFor);
    reader.end();
    return { format: reader.format, totals: reader.totals, cases };
  } catch (error) {
    const format = reader?.format ?? 'junit';
    const totals = reader?.totals ?? { suiteErrors: 0 };
    if (error instanceof XmlSyntaxError) return { format, totals, cases, problem: { message: error.message, ...lineColumnAt(fd, error.offset) } };
    if (error instanceof Test2JsonError) return { format, totals, cases, problem: { message: error.message, line: error.line, column: 1 } };
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** JSON lines start with `{`; XML is JUnit unless its root element is TRX's <TestRun>. */
function readerFor(head: Buffer, unit: TimeUnit, onTestCase: (test: TestCase) => void, namesFor?: (seconds: number | undefined) => boolean): FormatReader {
  const text = head.toString('utf8', 0, Math.min(head.length, 64)).replace(/^\ufeff/, '').trimStart();
  if (text.startsWith('{')) {
    const json = new Test2JsonReader(onTestCase);
    return { format: 'test2json', push: (chunk) => json.push(chunk), end: () => json.end(), totals: { suiteErrors: 0 } };
  }
  const junit = new JUnitReader(onTestCase, unit, namesFor);
  const trx = new TrxHandler(onTestCase);
  let chosen: XmlHandler | undefined;
  const result: FormatReader = { format: 'junit', push: (chunk) => scanner.push(chunk), end: () => end(), totals: junit.totals };
  const pick = (root: string): XmlHandler => {
    chosen = root === 'TestRun' ? trx : junit;
    result.format = chosen === trx ? 'trx' : 'junit';
    return chosen;
  };
  const dispatch: XmlHandler = {
    wants: (name) => (chosen ?? pick(name)).wants(name),
    open: (name, attributes, selfClosing, offset) => chosen!.open(name, attributes, selfClosing, offset),
    close: (name, offset) => chosen!.close(name, offset),
  };
  const scanner = new XmlScanner(dispatch);
  const end = () => {
    scanner.end();
    if (chosen === trx) trx.finish();
  };
  return result;
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
