import { join } from 'node:path';
import type { Report } from '../findings/model.js';
import type { Redactor } from '../redact/redactor.js';
import { streamJson } from '../report/json-stream.js';
import { writeSarifText } from '../report/sarif-text.js';
import { writeTextAtomically, type TextSource } from '../safe-files/atomic-file.js';

/**
 * Writes JSON that gates keeps (reports) atomically (temp + rename), after
 * redaction: everything persisted passes the redactor, as everything printed
 * does. Returns its path. Compact JSON: these are for tools, and can be large.
 * The bytes are `${JSON.stringify(redacted)}\n`, given to the file piece by
 * piece (json-stream.ts), so a report of megabytes is never one string.
 */
export function writeReportFile(directory: string, name: string, data: unknown, redactor: Redactor): Promise<string> {
  const redacted = redactor.redactValue(data);
  return writeReport(directory, name, (sink) => {
    // JSON.stringify gives undefined for undefined, a function or a symbol, which the template wrote as a word.
    if (!streamJson(redacted, sink)) sink(String(undefined));
    sink('\n');
  });
}

/** Writes a report's SARIF file: what writeReportFile writes for renderSarif(report), rendered as text directly (sarif-text.ts). */
export function writeSarifReport(directory: string, name: string, report: Report, redactor: Redactor): Promise<string> {
  return writeReport(directory, name, (sink) => {
    writeSarifText(report, (value) => redactor.redactValue(value), sink);
    sink('\n');
  });
}

/** Writes a text report (a patch, a log) atomically after redaction; returns its path. */
export function writeTextReport(directory: string, name: string, text: string, redactor: Redactor): Promise<string> {
  const redacted = redactor.redact(text);
  return writeReport(directory, name, (sink) => sink(redacted));
}

/**
 * Synchronous inside: the step waits for its reports anyway, and fs/promises
 * writes a large string in 512 KB thread-pool round trips (reports run to
 * megabytes), which left the process idle for longer than one write takes.
 * Reports live under the state root: readable by this user only.
 */
async function writeReport(directory: string, name: string, source: TextSource): Promise<string> {
  writeTextAtomically(join(directory, name), source, { root: directory, directoryMode: 0o700 });
  return join(directory, name);
}
