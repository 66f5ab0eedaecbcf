import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { largest, Redactor, renderJsonReport, renderSarif, renderSarifText, writeReportFile, writeSarifReport, writeSarifText, writeTextReport, type Finding, type Report } from '@gates/core';
import { makeWorkspace } from '../harness/workspace.js';
import { SAMPLE_REPORT } from './report-fixtures.js';

/** A report as big as a bench run's, in kind: thousands of findings over hundreds of files, a few with a secret. */
function bigReport(): Report {
  const findings: Finding[] = Array.from({ length: 3000 }, (_, index) => ({
    ruleId: index % 5 ? 'unpinned-uses' : 'unpinned-install',
    severity: index % 5 ? 'error' : 'warning',
    message: index % 97 ? `step ${index % 40} uses a tag: ünïcode 😀` : `leaks s3cr3t-token-value in step ${index}`,
    file: `.github/workflows/w${Math.floor(index / 8)}.yml`,
    line: (index % 60) + 1,
    column: index % 3 ? 7 : undefined,
    fixHint: index % 2 ? 'pin the SHA' : undefined,
  }));
  return { ...SAMPLE_REPORT, findings: [...SAMPLE_REPORT.findings, ...findings] };
}

function redactorWithSecret(): Redactor {
  const redactor = new Redactor();
  redactor.addSecret('s3cr3t-token-value');
  return redactor;
}

describe('report files, streamed: the bytes the whole-string writers wrote', () => {
  test('JSON: `${JSON.stringify(redacted)}\\n`, at the same path, secrets redacted', async () => {
    const directory = makeWorkspace({});
    const redactor = redactorWithSecret();
    const json = renderJsonReport(bigReport());
    const path = await writeReportFile(join(directory, 'reports'), 'pin-check.json', json, redactor);
    expect(path).toBe(join(directory, 'reports', 'pin-check.json'));
    const written = readFileSync(path, 'utf8');
    expect(written).toBe(`${JSON.stringify(redactor.redactValue(json))}\n`);
    expect(written).not.toContain('s3cr3t-token-value');
    expect(written).toContain('***');
  });

  test('JSON of odd data: a top-level nothing is the word the template wrote; a bigint is refused with no file left', async () => {
    const directory = makeWorkspace({});
    const redactor = new Redactor();
    expect(readFileSync(await writeReportFile(directory, 'nothing.json', undefined, redactor), 'utf8')).toBe('undefined\n');
    const dated = { at: new Date(Date.UTC(2026, 0, 1)), list: [undefined, 1], gone: undefined };
    expect(readFileSync(await writeReportFile(directory, 'dated.json', dated, redactor), 'utf8')).toBe(`${JSON.stringify(dated)}\n`);
    const findings = Array.from({ length: 500 }, (_, index) => ({ index, big: index === 400 ? 1n : index }));
    await expect(writeReportFile(directory, 'broken.json', { findings }, redactor)).rejects.toThrow(TypeError);
    expect(existsSync(join(directory, 'broken.json'))).toBe(false);
    expect(readdirSync(directory).sort()).toEqual(['dated.json', 'nothing.json']);
  });

  test('SARIF: the stringified SARIF object and a newline, secrets redacted', async () => {
    const directory = makeWorkspace({});
    const redactor = redactorWithSecret();
    const report = bigReport();
    const path = await writeSarifReport(directory, 'pin-check.sarif', report, redactor);
    expect(path).toBe(join(directory, 'pin-check.sarif'));
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(redactor.redactValue(renderSarif(report)))}\n`);
  });

  test('SARIF text comes in pieces no bigger than a result, which join into renderSarifText', () => {
    const redactor = redactorWithSecret();
    const report = bigReport();
    const pieces: string[] = [];
    writeSarifText(report, (value) => redactor.redactValue(value), (piece) => pieces.push(piece));
    expect(pieces.join('')).toBe(renderSarifText(report, (value) => redactor.redactValue(value)));
    expect(pieces.length).toBeGreaterThan(report.findings.length);
    // The biggest: the run's tool with its rules, and a result with a waiver; the text is hundreds of times that.
    expect(largest(pieces.map((piece) => piece.length), 0)).toBeLessThan(1000);
    expect(pieces.join('').length).toBeGreaterThan(500 * 1000);
  });

  test('text reports: redacted, whole', async () => {
    const directory = makeWorkspace({});
    const text = `--- a\n+++ b\n${'é😀 s3cr3t-token-value\n'.repeat(5000)}`;
    const path = await writeTextReport(directory, 'fix.patch', text, redactorWithSecret());
    expect(readFileSync(path, 'utf8')).toBe(redactorWithSecret().redact(text));
  });
});
