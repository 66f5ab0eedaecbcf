import { beforeAll, describe, expect, test } from '@jest/globals';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BUILTIN_RULES } from '../../actions/redact-logs/src/rules/builtin-rules.js';
import { nearMissesOf, samplesOf, testSeed, type RuleSample } from '../../actions/redact-logs/src/testing/rule-samples.js';
import { readZipEntries } from '../harness/read-zip.js';
import { runBundle, type BundleRun } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';
import { writeZip } from '../harness/write-zip.js';

const MiB = 1024 * 1024;
const seed = testSeed();
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every rule's sample in each format a job uploads: a log, JSON, YAML, XML, HTML, gzip and zip. */
function formats(samples: RuleSample[]): Record<string, string> {
  const lines = samples.map((sample) => sample.line);
  return {
    'out/all.log': `${lines.join('\n')}\n`,
    'out/all.json': JSON.stringify({ run: 1, steps: lines.map((line, index) => ({ index, output: line })) }, null, 2),
    'out/all.yaml': `steps:\n${lines.map((line) => `  - output: |\n${line.split('\n').map((part) => `      ${part}`).join('\n')}`).join('\n')}\n`,
    'out/all.xml': `<?xml version="1.0"?>\n<testsuite>${lines.map((line, index) => `<testcase name="t${index}"><system-out>${xmlText(line)}</system-out></testcase>`).join('\n')}</testsuite>\n`,
    'out/all.html': `<html><body>${lines.map((line) => `<pre>${xmlText(line)}</pre>`).join('\n')}</body></html>\n`,
  };
}

/** A log where sample k straddles the k-th 1 MiB read boundary, the rest ordinary lines. */
function writeBoundaryLog(path: string, samples: RuleSample[]): void {
  const fd = openSync(path, 'w');
  const line = '2026-11-25T10:00:00.000Z npm info run build step output: compiled 42 modules in 1.2s\n';
  let written = 0;
  for (const [index, sample] of samples.entries()) {
    const plant = `\n${sample.line}\n`;
    const until = (index + 1) * MiB - Math.floor(plant.length / 2);
    const filler = line.repeat(Math.ceil((until - written) / line.length)).slice(0, until - written);
    written += writeSync(fd, filler) + writeSync(fd, plant);
  }
  writeSync(fd, 'end of log\n');
  closeSync(fd);
}

describe(`every built-in rule, through the bundle, in every format (seed ${seed})`, () => {
  const samples = samplesOf(BUILTIN_RULES, seed);
  let workspace: string;
  let run: BundleRun;

  beforeAll(async () => {
    const files = formats(samples);
    const nearMisses = BUILTIN_RULES.flatMap((rule) => nearMissesOf(rule));
    workspace = makeWorkspace({ ...files, 'out/all.log.gz': gzipSync(files['out/all.log']!), 'misses/near-misses.log': `${nearMisses.join('\n')}\n` });
    await writeZip(join(workspace, 'out/all.zip'), { 'job/all.log': files['out/all.log']!, 'job/all.json': files['out/all.json']! });
    writeBoundaryLog(join(workspace, 'out/boundaries.log'), samples);
    run = await runBundle('redact-logs', { workspace, inputs: { paths: 'out\nmisses' }, timeoutMs: 120_000 });
  }, 180_000);

  test('passes and counts every rule in the per-rule table, whose total is the redacted-count', () => {
    expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
    const table = run.summary.slice(run.summary.indexOf('| rule | redacted | also matched |'));
    for (const rule of BUILTIN_RULES) expect({ rule: rule.id, listed: table.includes(`<code>${rule.id}</code>`) }).toEqual({ rule: rule.id, listed: true });
    const rows = [...table.matchAll(/^\| <code>[^<]+<\/code> \| (\d+) \|/gm)].map((row) => Number(row[1]));
    const total = Number(/^\| \*\*total\*\* \| \*\*(\d+)\*\* \|/m.exec(table)![1]);
    expect(rows.reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(Number(run.outputs['redacted-count'])).toBe(total);
  });

  test.each(['out/all.log', 'out/all.json', 'out/all.yaml', 'out/all.xml', 'out/all.html', 'out/boundaries.log'])('no sample survives in %s', (file) => {
    const text = readFileSync(join(workspace, file), 'latin1');
    const survivors = samples.filter((sample) => text.includes(sample.secret) || text.includes(JSON.stringify(sample.secret).slice(1, -1)) || text.includes(xmlText(sample.secret))).map((sample) => sample.ruleId);
    expect(survivors).toEqual([]);
  });

  test('no sample survives inside the gzip or the zip', async () => {
    const texts = [gunzipSync(readFileSync(join(workspace, 'out/all.log.gz'))).toString('latin1'), ...[...(await readZipEntries(join(workspace, 'out/all.zip'))).values()].map((entry) => entry.toString('latin1'))];
    for (const text of texts) expect(samples.filter((sample) => text.includes(sample.secret) || text.includes(JSON.stringify(sample.secret).slice(1, -1))).map((sample) => sample.ruleId)).toEqual([]);
  });

  test('every rule\'s near misses (placeholders, docs examples, the format without randomness) survive byte for byte', () => {
    const nearMisses = BUILTIN_RULES.flatMap((rule) => nearMissesOf(rule));
    expect(readFileSync(join(workspace, 'misses/near-misses.log'), 'utf8')).toBe(`${nearMisses.join('\n')}\n`);
    expect(run.summary).not.toContain('near-misses.log');
  });
});
