import { closeSync, readSync } from 'node:fs';
import { JsonSyntaxError, openRegularFile } from '@gates/core';
import type { ReaderOptions, ReportTotals, TimeUnit } from './junit-reader.js';
import { readerFor, type FormatReader, type ReportFormat } from './report-format.js';
import { ReportShapeError } from './report-shape-error.js';
import { Test2JsonError } from './test2json-reader.js';
import type { TestCase } from './test-case.js';
import type { UnitSetting } from './time-unit.js';
import { XmlScanner, XmlSyntaxError, type Attributes } from './xml-scanner.js';

const READ_BYTES = 1024 * 1024;
/** A start tag read back by offset is at most this long. */
const TAG_BYTES = 64 * 1024;

export interface ReportProblem {
  message: string;
  line: number;
  column: number;
}

export interface ReadOutcome {
  format: ReportFormat;
  totals: ReportTotals;
  /** The unit the file's times were read in, and why when it was inferred as something else than seconds. */
  unit: TimeUnit;
  unitReason?: string;
  /** Test records seen before a problem; a report with a problem is never a pass. */
  records: number;
  problem?: ReportProblem;
}

export interface ReadReportOptions extends ReaderOptions {
  unit: UnitSetting;
}

/** Reading back from a report after it was streamed: what the collector needs for the few records it reports on. */
export interface ReportAccess {
  /** The attributes of the start tag at a byte offset (names not decoded while streaming). */
  tagAt(offset: number): Record<string, string> | undefined;
  /** 1-based lines of byte offsets, in one pass. */
  linesAt(offsets: readonly number[]): number[];
}

/**
 * Streams one report file in 1 MiB reads (memory: one read plus at most one
 * open tag, line or JSON value) through the reader for its format: JUnit
 * XML, NUnit 3, xUnit.net v2, .NET TRX, Go test2json, Jest or mocha JSON.
 * Malformed input becomes a problem with its line and column; the records
 * read before it were already passed on. `atEnd` may read back from the file
 * before it is closed.
 */
export function readReport(path: string, options: ReadReportOptions, onTestCase: (test: TestCase) => void, atEnd?: (access: ReportAccess, outcome: ReadOutcome) => void): ReadOutcome {
  let records = 0;
  const counted = (test: TestCase) => {
    records++;
    onTestCase(test);
  };
  // A regular file, no link followed, never a FIFO or device (one swapped in after discovery is refused, unread).
  const { fd } = openRegularFile(path, { noFollow: true });
  let reader: FormatReader | undefined;
  let outcome: ReadOutcome;
  try {
    const chunk = Buffer.allocUnsafe(READ_BYTES);
    for (let position = 0; ; ) {
      const read = readSync(fd, chunk, 0, READ_BYTES, position);
      if (read === 0) break;
      reader ??= readerFor(chunk.subarray(0, read), options, counted);
      position += read;
      // Readers keep only what they have not consumed, copied: the chunk can be reused.
      reader.push(chunk.subarray(0, read));
    }
    reader ??= readerFor(Buffer.alloc(0), options, counted);
    reader.end();
    outcome = { format: reader.format, totals: reader.totals, unit: reader.unit, unitReason: reader.unitReason, records };
  } catch (error) {
    const problem = problemOf(error, fd);
    if (!problem) {
      closeSync(fd);
      throw error;
    }
    const partial = reader ?? readerFor(Buffer.alloc(0), options, () => undefined);
    outcome = { format: partial.format, totals: partial.totals, unit: partial.unit, unitReason: partial.unitReason, records, problem };
  }
  try {
    atEnd?.({ tagAt: (offset) => tagAt(fd, offset), linesAt: (offsets) => linesAt(fd, offsets) }, outcome);
  } finally {
    closeSync(fd);
  }
  return outcome;
}

function problemOf(error: unknown, fd: number): ReportProblem | undefined {
  if (error instanceof XmlSyntaxError || error instanceof JsonSyntaxError) return { message: error.message, ...lineColumnAt(fd, error.offset) };
  if (error instanceof ReportShapeError) return { message: error.message, ...lineColumnAt(fd, error.offset) };
  if (error instanceof Test2JsonError) return { message: error.message, line: error.line, column: 1 };
  return undefined;
}

/** The attributes of the start tag at `offset`, decoded. */
function tagAt(fd: number, offset: number): Record<string, string> | undefined {
  const bytes = Buffer.allocUnsafe(TAG_BYTES);
  const read = readSync(fd, bytes, 0, TAG_BYTES, offset);
  let found: Record<string, string> | undefined;
  const scanner = new XmlScanner({
    wants: () => found === undefined,
    open: (_name: string, attributes: Attributes | undefined) => {
      if (found === undefined && attributes) found = attributesOf(attributes, ['name', 'classname', 'file', 'line']);
    },
    close: () => undefined,
  });
  try {
    scanner.push(bytes.subarray(0, read));
  } catch {
    // Only the first tag matters; what follows it in the window may look malformed out of context.
  }
  return found;
}

function attributesOf(attributes: Attributes, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = attributes.get(name);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/** Lines of several offsets in one pass over the file. */
function linesAt(fd: number, offsets: readonly number[]): number[] {
  const order = offsets.map((offset, index) => ({ offset, index })).sort((a, b) => a.offset - b.offset);
  const lines = new Array<number>(offsets.length).fill(1);
  const chunk = Buffer.allocUnsafe(READ_BYTES);
  let line = 1;
  let next = 0;
  for (let position = 0; next < order.length; ) {
    const read = readSync(fd, chunk, 0, READ_BYTES, position);
    if (read === 0) break;
    let at = 0;
    while (next < order.length) {
      const target = order[next]!.offset - position;
      const newline = chunk.indexOf(10, at);
      if (newline >= 0 && newline < read && newline < target) {
        line++;
        at = newline + 1;
        continue;
      }
      if (target >= read) break;
      lines[order[next]!.index] = line;
      next++;
    }
    for (let newline = chunk.indexOf(10, at); newline >= 0 && newline < read; newline = chunk.indexOf(10, newline + 1)) line++;
    position += read;
  }
  for (; next < order.length; next++) lines[order[next]!.index] = line;
  return lines;
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
