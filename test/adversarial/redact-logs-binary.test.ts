import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';
import { renderGfm, tableRows } from './rendered-markdown.js';

/** The summary's row for a file: [file, kind, result, by rule]. */
const rowFor = (summary: string, file: string) => tableRows(renderGfm(summary)).find((row) => row[0] === file);

const KNOWN = 'kn0wn-Secret-Value-7c1e';
// A realistic token (the placeholder filter rightly leaves repeated patterns such as Zq9Zq9… alone).
const PATTERN = 'ghp_Hm4Wz8Qa2Ks7Nd1Xc5Vb9Lt3Rj6Pf0Ge2Yu8';

/** A real binary: mostly zeros and control bytes, like a core dump or an image. */
function binaryWith(...parts: string[]): Buffer {
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index % 7 === 0 ? 0x41 : index % 5)));
  return Buffer.concat([noise, ...parts.map((part) => Buffer.concat([Buffer.from(part), noise]))]);
}

describe('one NUL byte no longer turns redact-logs off (issue 22)', () => {
  test('a log that is text with a few NUL bytes is scrubbed as text, and fail-on-find fails the step', async () => {
    const log = Buffer.concat([Buffer.from('\u0000build started\n'), Buffer.from(`password=${KNOWN}\n`), Buffer.from(`token ${PATTERN}\u0000\n`), Buffer.from('done\n'.repeat(200))]);
    const workspace = makeWorkspace({ 'logs/build.log': log });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'logs', 'fail-on-find': 'true' }, env: { DB_PASSWORD: KNOWN } });
    expect(run.exitCode).toBe(1);
    const after = readFileSync(join(workspace, 'logs/build.log'), 'latin1');
    expect(after).not.toContain(KNOWN);
    expect(after).not.toContain(PATTERN);
    expect(after.startsWith('\u0000build started\n')).toBe(true);
  });

  test('a binary file is still searched for known values: one holding a known value fails the step, even without fail-on-find', async () => {
    const workspace = makeWorkspace({ 'artifacts/core.bin': binaryWith(KNOWN) });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'artifacts' }, env: { DB_PASSWORD: KNOWN } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((annotation) => annotation.properties.title)).toContain('unscrubbed-file');
    expect(rowFor(run.summary, 'artifacts/core.bin')?.slice(1, 3)).toEqual(['binary', expect.stringMatching(/^refused: binary content holds 1 known secret value/)]);
  });

  test('with fail-on-find, a file skipped (binary, or a gzip of binary) fails the step, and the summary lists it with the reason', async () => {
    const workspace = makeWorkspace({ 'out/image.bin': binaryWith('nothing secret'), 'out/blob.gz': gzipSync(binaryWith('nothing')), 'out/ok.log': 'all fine\n' });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'out', 'fail-on-find': 'true' } });
    expect(run.exitCode).toBe(1);
    const skipped = run.annotations.filter((annotation) => annotation.properties.title === 'skipped-file');
    expect(skipped.map((annotation) => annotation.properties.file).sort()).toEqual(['out/blob.gz', 'out/image.bin']);
    expect(skipped.every((annotation) => annotation.command === 'error')).toBe(true);
    expect(rowFor(run.summary, 'out/image.bin')?.slice(1, 3)).toEqual(['binary', 'skipped: binary content (policy binary: skip); searched for known values, none found; pattern rules not applied']);
  });

  test('a policy that allows skipped files keeps fail-on-find passing on them, still listed', async () => {
    const workspace = makeWorkspace({ 'out/image.bin': binaryWith('nothing secret'), '.github/gates-redact.yml': 'version: 1\nskipped: allow\n' });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'out', 'fail-on-find': 'true' } });
    expect(run.exitCode).toBe(0);
    expect(rowFor(run.summary, 'out/image.bin')?.[2]).toMatch(/^skipped: binary content/);
  });
});
