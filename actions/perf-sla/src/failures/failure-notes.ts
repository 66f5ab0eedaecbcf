import type { Finding } from '@gates/core';
import type { ReportAccess } from '../reports/read-report.js';
import { failedStatus, fullName, type TestCase, type TestStatus } from '../reports/test-case.js';
import type { TestTally } from '../stats/test-tally.js';
import type { FailureLocator } from './failure-location.js';

/** Failing records kept while reading (their text is collected only for these). */
const MAX_CANDIDATES = 200;
/** `test-failure` notices reported; the rest are counted. */
export const MAX_FAILURE_NOTES = 50;

interface Candidate {
  report: string;
  suite: string;
  classname: string;
  name: string;
  status: TestStatus;
  text?: string;
  file?: string;
  line?: number;
  offset?: number;
  idHigh: number;
  idLow: number;
}

/**
 * Failed tests become notices at the place the report gives: a stack frame
 * in the workspace, or the test's `file`/`line`. Only the first failing
 * records are kept (with their text, capped); names that were not decoded
 * while streaming are read back from the report by offset; a test that
 * passed on a later attempt is not reported. Severity `note`: perf-sla
 * measures durations and is not a test-result gate, so a failing test never
 * fails it (unless the config's `fail-on: note` says so).
 */
export class FailureNotes {
  private readonly candidates: Candidate[] = [];
  /** Failing records seen, kept or not. */
  seen = 0;

  wantsText(): boolean {
    return this.candidates.length < MAX_CANDIDATES;
  }

  consider(test: TestCase, report: string): void {
    if (!failedStatus(test.status)) return;
    this.seen++;
    if (this.candidates.length >= MAX_CANDIDATES) return;
    const { suite, classname, name, status, file, line, offset, idHigh, idLow } = test;
    this.candidates.push({ report, suite, classname, name, status, text: test.failureText, file, line, offset, idHigh, idLow });
  }

  /** After a report was read: the names of its candidates that were not decoded, from their start tags. */
  resolveNames(report: string, access: ReportAccess): void {
    for (const candidate of this.candidates) {
      if (candidate.report !== report || candidate.name || candidate.classname || candidate.offset === undefined) continue;
      const tag = access.tagAt(candidate.offset);
      if (!tag) continue;
      candidate.name = tag.name ?? '';
      candidate.classname = tag.classname ?? '';
      candidate.file ??= tag.file;
      const line = Number(tag.line);
      if (candidate.line === undefined && Number.isInteger(line)) candidate.line = line;
    }
  }

  /** One notice per failing test (its last failing record) that has a place in the workspace. */
  findings(tally: TestTally, locator: FailureLocator): { findings: Finding[]; unlocated: number } {
    const latest = new Map<string, Candidate>();
    for (const candidate of this.candidates) {
      const final = tally.finalStatus(candidate.idHigh, candidate.idLow);
      if (final !== undefined && !failedStatus(final)) continue;
      // Records not merged (retries: separate) each count.
      const key = tally.mode === 'merge' ? `${candidate.idHigh}:${candidate.idLow}` : String(latest.size);
      latest.set(key, candidate);
    }
    const findings: Finding[] = [];
    let unlocated = 0;
    for (const candidate of latest.values()) {
      const place = locator.locate(candidate.text, candidate.file, candidate.line);
      if (!place) {
        unlocated++;
        continue;
      }
      if (findings.length >= MAX_FAILURE_NOTES) continue;
      const what = candidate.status === 'error' ? 'errored' : 'failed';
      const headline = firstLine(candidate.text);
      const name = fullName(candidate) || '(unnamed test)';
      findings.push({ ruleId: 'test-failure', severity: 'note', file: place.file, line: place.line, message: `${name} ${what}${headline ? `: ${headline}` : ''} (${candidate.report})` });
    }
    return { findings, unlocated };
  }
}

function firstLine(text: string | undefined): string {
  const line = (text ?? '').split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  const trimmed = line.trim();
  return trimmed.length > 200 ? `${trimmed.slice(0, 199)}…` : trimmed;
}
