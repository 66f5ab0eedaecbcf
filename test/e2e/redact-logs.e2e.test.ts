import { beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BUILTIN_RULES } from '../../actions/redact-logs/src/rules/builtin-rules.js';
import { logNearMisses } from '../../actions/redact-logs/src/testing/log-near-misses.js';
import { samplesOf, seededRandom, testSeed, type RuleSample } from '../../actions/redact-logs/src/testing/rule-samples.js';
import { formsToSearch, producedForms, SECRET } from '../fixtures/secret-forms.js';
import { readZipEntries } from '../harness/read-zip.js';
import { filesUnder } from '../adversarial/leak-search.js';
import { stepTexts } from '../harness/leaks.js';
import { Job, runBundle, type BundleRun } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';
import { writeZip } from '../harness/write-zip.js';

const MiB = 1024 * 1024;
const ENV_SECRET = 'env-Provided-T0ken-7q1w';

/** A log of about `size` bytes whose every line is ordinary, with `plant` placed so it straddles each 1 MiB read boundary. */
function logStraddlingBoundaries(size: number, plant: string): string {
  const line = '2026-11-25T10:00:00.000Z npm info run build step output: compiled 42 modules in 1.2s\n';
  let text = '';
  for (let boundary = MiB; boundary < size; boundary += MiB) {
    while (text.length < boundary - Math.floor(plant.length / 2)) text += line.slice(0, Math.min(line.length, boundary - Math.floor(plant.length / 2) - text.length));
    text += plant;
  }
  return `${text}\nend of log\n`;
}

const seed = testSeed();
const sampleOf = (credentials: RuleSample[], ruleId: string) => credentials.find((credential) => credential.ruleId === ruleId)!;

describe(`redact-logs through the bundle (seed ${seed})`, () => {
  let credentials: RuleSample[];
  let misses: string[];
  let workspace: string;
  let run: BundleRun;
  const forms = producedForms(SECRET);

  beforeAll(async () => {
    credentials = samplesOf(BUILTIN_RULES, seed);
    misses = logNearMisses(seededRandom(seed));
    const planted = [...Object.values(forms), ...credentials.map((credential) => credential.line), `env: ${ENV_SECRET}`].join('\n');
    workspace = makeWorkspace({
      'logs/build.log': `step 1\n${planted}\nstep 2\n`,
      'logs/big.log': logStraddlingBoundaries(3 * MiB, `[${SECRET}]`),
      'logs/near-misses.log': `${misses.join('\n')}\n`,
      'reports/results.json': JSON.stringify({ name: 'deploy', secret: SECRET, env: { token: sampleOf(credentials, 'github-pat-classic').secret }, forms }, null, 2),
      'reports/junit.xml': `<?xml version="1.0"?>\n<testsuite><testcase name="t"><system-out>${forms['XML text']}\n${credentials.map((c) => c.line.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join('\n')}</system-out></testcase></testsuite>\n`,
      'reports/index.html': `<html><body><pre>${forms.raw.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre><a href="https://ci:${sampleOf(credentials, 'url-credentials').secret}@example.com">x</a></body></html>\n`,
      'artifacts/trace.log.gz': gzipSync(Buffer.from(`${planted}\n`)),
      // Binary for real (a few NUL bytes in a log no longer make it binary), with no known value in it: skipped by default.
      'artifacts/core.bin': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(256, 0), Buffer.from('..section..')]),
      'outside/target.txt': `linked ${SECRET}\n`,
    });
    await writeZip(join(workspace, 'artifacts/bundle.zip'), { 'logs/job.txt': `${planted}\n`, 'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
    symlinkSync(join(workspace, 'outside/target.txt'), join(workspace, 'logs/link.log'));
    chmodSync(join(workspace, 'logs/build.log'), 0o640);
    run = await runBundle('redact-logs', {
      workspace,
      inputs: { paths: 'logs\nreports/**\nartifacts/*', secrets: JSON.stringify({ DEPLOY_KEY: SECRET, github_token: `ghs_${'x1Y2z3'.repeat(6)}` }) },
      env: { SERVICE_API_TOKEN: ENV_SECRET },
      timeoutMs: 60_000,
    });
  });

  test('passes (finding secrets is not a failure without fail-on-find) and reports counts', () => {
    expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(Number(run.outputs['redacted-count'])).toBeGreaterThan(credentials.length + Object.keys(forms).length);
    expect(run.outputs['files-changed']).toBe('7');
  });

  test('no planted secret, in any encoding, remains in any scrubbed file or any output of the action', async () => {
    const searched = [...formsToSearch(SECRET), ...formsToSearch(ENV_SECRET), ...credentials.flatMap((credential) => formsToSearch(credential.secret).slice(0, 1))];
    // The log as GitHub shows it, every file the step left, and the scrubbed files themselves.
    const texts = stepTexts(run);
    for (const file of filesUnder(join(workspace, 'logs')).concat(filesUnder(join(workspace, 'reports')))) texts[file] = readFileSync(file, 'latin1');
    texts['trace.log.gz (decompressed)'] = gunzipSync(readFileSync(join(workspace, 'artifacts/trace.log.gz'))).toString('latin1');
    for (const [name, content] of await readZipEntries(join(workspace, 'artifacts/bundle.zip'))) texts[`bundle.zip:${name}`] = content.toString('latin1');
    const leaks: string[] = [];
    for (const [where, text] of Object.entries(texts)) {
      for (const form of searched) if (text.includes(form)) leaks.push(`${where}: a form of length ${form.length}`);
      // Wrapped base64 forms: the text with line breaks removed must not hold the secret's base64 either.
      const unwrapped = text.replace(/\r?\n/g, '');
      for (const fragment of formsToSearch(SECRET).slice(4, 7)) if (unwrapped.includes(fragment)) leaks.push(`${where}: wrapped base64`);
    }
    expect(leaks).toEqual([]);
    expect(Object.keys(texts).length).toBeGreaterThan(10);
  });

  test('near-miss strings survive byte for byte, and a file with nothing to redact is not rewritten', () => {
    expect(readFileSync(join(workspace, 'logs/near-misses.log'), 'utf8')).toBe(`${misses.join('\n')}\n`);
    expect(run.summary).not.toContain('near-misses.log');
  });

  test('structure survives: JSON still parses, permissions are kept, the zip keeps its binary entry', async () => {
    const json = JSON.parse(readFileSync(join(workspace, 'reports/results.json'), 'utf8')) as { name: string; secret: string };
    expect(json).toMatchObject({ name: 'deploy', secret: '***' });
    expect(statSync(join(workspace, 'logs/build.log')).mode & 0o777).toBe(0o640);
    const entries = await readZipEntries(join(workspace, 'artifacts/bundle.zip'));
    expect([...entries.keys()].sort()).toEqual(['image.png', 'logs/job.txt']);
    expect(entries.get('image.png')).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  });

  test('a secret straddling every 1 MiB read boundary of a 3 MiB log is redacted', () => {
    const big = readFileSync(join(workspace, 'logs/big.log'), 'utf8');
    expect(big.split('[***]')).toHaveLength(3);
    expect(big).not.toContain(SECRET);
  });

  test('symlinks are not followed and binary files are skipped by default: both said in the summary, targets untouched', () => {
    expect(readFileSync(join(workspace, 'outside/target.txt'), 'utf8')).toBe(`linked ${SECRET}\n`);
    expect(run.summary).toMatch(/logs\/link\.log<\/code> \| text \| skipped: symbolic link/);
    expect(run.summary).toMatch(/artifacts\/core\.bin<\/code> \| binary \| skipped: binary content/);
  });

  test('SARIF and annotations name the file, rule and first line, never the value', () => {
    interface SarifResult { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as { runs: { results: SarifResult[] }[] };
    const build = sarif.runs[0]!.results.filter((result) => result.locations[0]!.physicalLocation.artifactLocation.uri === 'logs/build.log');
    expect(build.map((result) => result.ruleId)).toEqual(expect.arrayContaining(['known-secret', 'github-pat-classic', 'private-key', 'jwt', 'url-credentials']));
    expect(build.find((result) => result.ruleId === 'known-secret')!.locations[0]!.physicalLocation.region!.startLine).toBe(2);
    // The runner shows at most 10 annotations of a kind per step; the rest are in the summary and SARIF.
    expect(run.annotations.length).toBe(10);
    expect(run.annotations.every((annotation) => /^\d+ value\(s\) matching [a-z-]+ redacted/.test(annotation.data))).toBe(true);
  });

  test('found values are registered with the runner masker', () => {
    const masks = run.commands.filter((command) => command.command === 'add-mask').map((command) => command.data);
    expect(masks).toEqual(expect.arrayContaining([SECRET, ENV_SECRET, sampleOf(credentials, 'aws-access-key-id').secret, sampleOf(credentials, 'jwt').secret]));
  });
});

describe('redact-logs policies and failures', () => {
  test('fail-on-find fails the step (exit 1) with error annotations; output-dir leaves the original untouched', async () => {
    const workspace = makeWorkspace({ 'out/test.log': `token ghp_${'A1b2C3d4'.repeat(4)}abcd\n` });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'out', 'output-dir': 'scrubbed', 'fail-on-find': 'true', replacement: 'rule-id' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((annotation) => annotation.command)).toEqual(['error']);
    expect(readFileSync(join(workspace, 'scrubbed/out/test.log'), 'utf8')).toBe('token [REDACTED:github-pat-classic]\n');
    expect(readFileSync(join(workspace, 'out/test.log'), 'utf8')).toContain('ghp_');
  });

  test('binary: scrub overwrites known values in a binary file with as many bytes, so offsets stay valid', async () => {
    const binary = Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(SECRET), Buffer.from([0, 9])]);
    const workspace = makeWorkspace({ 'core.dump': binary, '.github/gates-redact.yml': 'version: 1\nbinary: scrub\n' });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'core.dump', secrets: SECRET } });
    expect(run.exitCode).toBe(0);
    const after = readFileSync(join(workspace, 'core.dump'));
    expect(after.length).toBe(binary.length);
    expect(after.subarray(4, 4 + Buffer.byteLength(SECRET)).toString()).toBe('*'.repeat(Buffer.byteLength(SECRET)));
  });

  test('archives: refuse makes an archive an error finding (the gate fails closed) and leaves it as it was', async () => {
    const workspace = makeWorkspace({ 'a.log.gz': gzipSync(`x ${SECRET}\n`), '.github/gates-redact.yml': 'version: 1\narchives: refuse\n' });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: '*.gz', secrets: SECRET } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.properties.title).toBe('unscrubbed-file');
    expect(gunzipSync(readFileSync(join(workspace, 'a.log.gz'))).toString()).toContain(SECRET);
  });

  test('a corrupt gzip is reported as not scrubbed, and the other files are still scrubbed', async () => {
    const workspace = makeWorkspace({ 'bad.gz': Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.from('not really gzip')]), 'ok.log': `x ${SECRET}\n` });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'bad.gz\nok.log', secrets: SECRET } });
    expect(run.exitCode).toBe(1);
    expect(readFileSync(join(workspace, 'ok.log'), 'utf8')).toBe('x ***\n');
    expect(run.summary).toMatch(/bad\.gz<\/code> \| text \| failed: /);
    expect(readdirSync(workspace).filter((name) => name.includes('gates-redact'))).toEqual([]);
  });

  test('fifty corrupt gzips between fifty logs: every log is scrubbed and the run never crashes', async () => {
    // A write stream owning the gzip output's descriptor closed it again, asynchronously, after the next file had
    // reused its number: that file's close failed (EBADF, exit 4). With fifty pairs the old code failed every run.
    const files: Record<string, string | Buffer> = {};
    const corrupt = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.from('not really gzip')]);
    for (let index = 0; index < 50; index++) {
      files[`b${index}.gz`] = corrupt;
      files[`o${index}.log`] = `line ${index}: ${SECRET}\n`;
    }
    const workspace = makeWorkspace(files);
    const paths = Object.keys(files).join('\n');
    const run = await runBundle('redact-logs', { workspace, inputs: { paths, secrets: SECRET } });
    expect(run.exitCode).toBe(1);
    for (let index = 0; index < 50; index++) expect(readFileSync(join(workspace, `o${index}.log`), 'utf8')).toBe(`line ${index}: ***\n`);
    expect(readdirSync(workspace).filter((name) => name.includes('gates-redact'))).toEqual([]);
  });

  test('a custom rule whose regex does not compile is a config error at its line (exit 2), and no file is touched', async () => {
    const policy = ['version: 1', 'rules:', '  custom:', '    - id: internal-token', '      regex: "itk_([a-z]+"', '      keywords: [itk_]', ''].join('\n');
    const workspace = makeWorkspace({ '.github/gates-redact.yml': policy, 'x.log': `${SECRET}\n` });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'x.log', secrets: SECRET } });
    expect(run.exitCode).toBe(2);
    expect(run.annotations[0]!.properties).toMatchObject({ file: '.github/gates-redact.yml', line: '5' });
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(workspace, 'x.log'), 'utf8')).toBe(`${SECRET}\n`);
  });

  test('values too short or too common to mask are refused with a warning naming where they came from, not what they are', async () => {
    const workspace = makeWorkspace({ 'x.log': 'admin true 1\n' });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'x.log', secrets: 'admin\ntrue\n1' } });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(workspace, 'x.log'), 'utf8')).toBe('admin true 1\n');
    const warnings = run.commands.filter((command) => command.command === 'warning').map((command) => command.data);
    expect(warnings).toEqual([expect.stringContaining('secrets input line 1: a common word'), expect.stringContaining('secrets input line 2: a common word'), expect.stringContaining('secrets input line 3: shorter than 4')]);
  });
});

test('tmpdir is writable for the scratch files the suite makes', () => {
  writeFileSync(join(tmpdir(), `gates-probe-${process.pid}`), '');
});

describe('redact-logs when killed mid-file', () => {
  test('SIGKILL while a 128 MiB log is being rewritten leaves the original intact; the next run removes the leftover and scrubs', async () => {
    const { createHash } = await import('node:crypto');
    const line = '2026-11-25T10:00:00Z build step output line that is long enough to matter\n';
    const body = Buffer.from(line.repeat(Math.ceil((128 * MiB) / line.length)) + `leak ${SECRET}\n`);
    const workspace = makeWorkspace({ 'big.log': body });
    const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    const job = await Job.start({ workspace });
    const { child, result } = job.start('redact-logs', { inputs: { paths: 'big.log', secrets: SECRET }, timeoutMs: 60_000 });
    // Wait for the condition (the temporary file exists and is growing), not for a time.
    const temporary = () => readdirSync(workspace).find((name) => name.includes('.gates-tmp-'));
    let size = 0;
    while (size === 0) {
      const name = temporary();
      size = name ? statSync(join(workspace, name)).size : 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    child.kill('SIGKILL');
    expect((await result).signal).toBe('SIGKILL');
    expect(digest(readFileSync(join(workspace, 'big.log')))).toBe(digest(body));
    expect(temporary()).toBeDefined();

    const rerun = await job.run('redact-logs', { inputs: { paths: '.', secrets: SECRET }, timeoutMs: 60_000 });
    await job.close();
    expect(rerun.exitCode).toBe(0);
    expect(temporary()).toBeUndefined();
    expect(readFileSync(join(workspace, 'big.log')).subarray(-9).toString()).toBe('leak ***\n');
  });
});
