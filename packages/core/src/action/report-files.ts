import { join } from 'node:path';
import type { Report } from '../findings/model.js';
import type { Redactor } from '../redact/redactor.js';
import { renderSarifText } from '../report/sarif-text.js';
import { writeFileAtomically } from '../safe-files/atomic-file.js';

/**
 * Writes JSON that gates keeps (reports) atomically (temp + rename), after
 * redaction: everything persisted passes the redactor, as everything printed
 * does. Returns its path. Compact JSON: these are for tools, and can be large.
 */
export function writeReportFile(directory: string, name: string, data: unknown, redactor: Redactor): Promise<string> {
  return writeReport(directory, name, `${JSON.stringify(redactor.redactValue(data))}\n`);
}

/** Writes a report's SARIF file: what writeReportFile writes for renderSarif(report), rendered as text directly (sarif-text.ts). */
export function writeSarifReport(directory: string, name: string, report: Report, redactor: Redactor): Promise<string> {
  return writeReport(directory, name, `${renderSarifText(report, (value) => redactor.redactValue(value))}\n`);
}

/** Writes a text report (a patch, a log) atomically after redaction; returns its path. */
export function writeTextReport(directory: string, name: string, text: string, redactor: Redactor): Promise<string> {
  return writeReport(directory, name, redactor.redact(text));
}

/**
 * Synchronous inside: the step waits for its reports anyway, and fs/promises
 * writes a large string in 512 KB thread-pool round trips (reports run to
 * megabytes), which left the process idle for longer than one write takes.
 * Reports live under the state root: readable by this user only.
 */
async function writeReport(directory: string, name: string, content: string): Promise<string> {
  writeFileAtomically(join(directory, name), content, { root: directory, directoryMode: 0o700 });
  return join(directory, name);
}
