import { JsonReportReader } from './json-report-reader.js';
import { JUnitReader, type ReaderOptions, type ReportTotals, type TimeUnit } from './junit-reader.js';
import { NUnitHandler } from './nunit-reader.js';
import { emptyTotals } from './report-totals.js';
import { Test2JsonReader } from './test2json-reader.js';
import type { TestCase } from './test-case.js';
import { decideUnit, gatherEvidence, type UnitSetting } from './time-unit.js';
import { TrxHandler } from './trx-reader.js';
import { XunitHandler } from './xunit-reader.js';
import { XmlScanner, type XmlHandler } from './xml-scanner.js';

export type ReportFormat = 'junit' | 'nunit' | 'xunit' | 'trx' | 'test2json' | 'jest' | 'mocha';

/** What a report file is fed to: bytes in, test records out through the callback given at creation. */
export interface FormatReader {
  format: ReportFormat;
  push(chunk: Buffer): void;
  end(): void;
  totals: ReportTotals;
  /** The unit of the file's times (fixed by most formats; JUnit's is a setting or inferred). */
  unit: TimeUnit;
  unitReason?: string;
}

/** An XML format's handler: the scanner's events in, records out; `finish` at the end of the document. */
interface XmlReportHandler extends XmlHandler {
  readonly totals: ReportTotals;
  finish?(): void;
}

/** First keys of Go's test2json events (struct field order: Time, Action, Package, Test, Elapsed, Output). */
const TEST2JSON_KEYS = new Set(['Time', 'Action', 'Package', 'Test', 'Elapsed', 'Output', 'ImportPath', 'FailedBuild']);

/**
 * The reader for a file, told from its content, not its name: JSON whose
 * first key is a test2json event field is `go test -json`, other JSON is
 * Jest's or mocha's report; XML is TRX (root `<TestRun>`), NUnit 3
 * (`<test-run>`), xUnit.net (`<assemblies>`, or v1's `<assembly>`) or else
 * JUnit. `head` is the first read of the file.
 */
export function readerFor(head: Buffer, options: ReaderOptions & { unit: UnitSetting }, onTestCase: (test: TestCase) => void): FormatReader {
  const text = head.toString('utf8', 0, Math.min(head.length, 256)).replace(/^\ufeff/, '').trimStart();
  if (text.startsWith('{')) {
    const firstKey = /^\{\s*"([^"\\]*)"/.exec(text)?.[1];
    if (firstKey === undefined || TEST2JSON_KEYS.has(firstKey)) {
      const json = new Test2JsonReader(onTestCase);
      return { format: 'test2json', push: (chunk) => json.push(chunk), end: () => json.end(), totals: json.totals, unit: 's' };
    }
    const reader: FormatReader = { format: 'jest', push: (chunk) => report.push(chunk), end: () => report.end(), totals: emptyTotals(), unit: 'ms' };
    const report = new JsonReportReader(onTestCase, options, (format) => (reader.format = format));
    reader.totals = report.totals;
    return reader;
  }
  return xmlReader(head, options, onTestCase);
}

function xmlReader(head: Buffer, options: ReaderOptions & { unit: UnitSetting }, onTestCase: (test: TestCase) => void): FormatReader {
  let chosen: XmlReportHandler | undefined;
  const result: FormatReader = { format: 'junit', push: (chunk) => scanner.push(chunk), end: () => end(), totals: emptyTotals(), unit: 's' };
  const pick = (root: string): XmlReportHandler => {
    if (root === 'TestRun') [result.format, chosen] = ['trx', new TrxHandler(onTestCase, options.wantsFailureText)];
    else if (root === 'test-run') [result.format, chosen] = ['nunit', new NUnitHandler(onTestCase, options)];
    else if (root === 'assemblies' || root === 'assembly') [result.format, chosen] = ['xunit', new XunitHandler(onTestCase, options)];
    else {
      const decision = options.unit === 'auto' ? decideUnit(gatherEvidence(head)) : { unit: options.unit };
      [result.unit, result.unitReason] = [decision.unit, decision.reason];
      chosen = new JUnitReader(onTestCase, decision.unit, options);
    }
    result.totals = chosen.totals;
    result.totals.root = root;
    return chosen;
  };
  const dispatch: XmlHandler = {
    wants: (name) => (chosen ?? pick(name)).wants(name),
    open: (name, attributes, selfClosing, offset) => chosen!.open(name, attributes, selfClosing, offset),
    close: (name, offset, text) => chosen!.close(name, offset, text),
  };
  const scanner = new XmlScanner(dispatch);
  const end = () => {
    scanner.end();
    chosen?.finish?.();
  };
  return result;
}
