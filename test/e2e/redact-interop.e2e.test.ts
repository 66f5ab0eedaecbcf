import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pkcs12Sample } from '../../actions/redact-logs/src/rules/builtin/pkcs12.js';
import { seededRandom, testSeed } from '../../actions/redact-logs/src/testing/rule-samples.js';
import { readZipEntries } from '../harness/read-zip.js';
import { runBundle } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';
import { writeZip } from '../harness/write-zip.js';

const seed = testSeed();
const random = seededRandom(seed);
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** A team's gitleaks config: one rule of their own, a rule allowlist on the line, a global stopword. */
const GITLEAKS = `
[[rules]]
id = "corp-token"
description = "Corp service token"
regex = '''(?i)corp[_-]?token\\s+is\\s+["']?(ctk_[a-z0-9]{16})'''
secretGroup = 1
entropy = 3.0
keywords = ["corp_token"]

  [[rules.allowlists]]
  regexTarget = "line"
  regexes = ['''fixture''']

[allowlist]
stopwords = ["dummy"]
`;

describe(`gitleaks config, decoding and inline allow: through the bundle and gates redact (seed ${seed})`, () => {
  const corp = () => `ctk_${random('lowerdigit', 16)}`;

  test('.gitleaks.toml at the workspace root is read: its rule scrubs, its allowlists keep, the summary says what was not used', async () => {
    const [live, fixture] = [corp(), corp()];
    const workspace = makeWorkspace({ '.gitleaks.toml': `[extend]\nuseDefault = true\n${GITLEAKS}`, 'app.log': `CORP_TOKEN is ${live}\ncorp_token is ${fixture} # fixture\n` });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'app.log' } });
    expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(readFileSync(join(workspace, 'app.log'), 'utf8')).toBe(`CORP_TOKEN is ***\ncorp_token is ${fixture} # fixture\n`);
    expect(run.summary).toContain('<code>gitleaks:corp-token</code>');
    expect(run.summary).toMatch(/\\?\[extend\\?\] is not followed/);
  });

  test('the policy names a gitleaks config elsewhere; a broken one is a config error at its line (exit 2) and touches nothing', async () => {
    const token = corp();
    const workspace = makeWorkspace({ '.github/gates-redact.yml': 'version: 1\ngitleaks-config: security/gitleaks.toml\n', 'security/gitleaks.toml': GITLEAKS, 'app.log': `corp_token is ${token}\n` });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'app.log' } });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(workspace, 'app.log'), 'utf8')).toBe('corp_token is ***\n');
    writeFileSync(join(workspace, 'security/gitleaks.toml'), '[[rules]]\nid = "x"\nregex = "tok_(["\n');
    writeFileSync(join(workspace, 'app.log'), `corp_token is ${token}\n`);
    const broken = await runBundle('redact-logs', { workspace, inputs: { paths: 'app.log' } });
    expect(broken.exitCode).toBe(2);
    expect(broken.annotations[0]!.properties).toMatchObject({ file: 'security/gitleaks.toml', line: '2' });
    expect(readFileSync(join(workspace, 'app.log'), 'utf8')).toBe(`corp_token is ${token}\n`);
  });

  test('gates redact reads the gitleaks config too, and finds a token inside a base64 docker config (two levels deep)', async () => {
    const token = `ghp_${random('alnum', 36)}`;
    const config = b64(JSON.stringify({ auths: { 'ghcr.io': { auth: b64(`ci:${token}`) } } }));
    const corpToken = corp();
    const workspace = makeWorkspace({ '.gitleaks.toml': GITLEAKS, 'logs/run.log': `REGISTRY_CONFIG_B64=${config}\ncorp_token is ${corpToken}\n` });
    const state = join(mkdtempSync(join(tmpdir(), 'gates-redact-state-')), 's');
    const run = await runCli(['redact', 'logs', '--summary', '--workspace', workspace], { cwd: workspace, env: { MEMORY_STORAGE_ROOT: state } });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(join(workspace, 'logs/run.log'), 'utf8')).toBe('REGISTRY_CONFIG_B64=***\ncorp_token is ***\n');
    expect(run.stdout).toContain('gitleaks:corp-token');
    expect(run.stdout).not.toContain(token);
  });

  test('inline gates:allow keeps a find and records its reason in the report; a known value on that line is redacted all the same', async () => {
    const fixture = `AKIA${random('upperdigit', 16)}`;
    const known = `known-${random('alnum', 16)}`;
    const workspace = makeWorkspace({ 'test.log': `key ${fixture} ${known} # gates:allow: documented test fixture\n` });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'test.log', secrets: known } });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(workspace, 'test.log'), 'utf8')).toBe(`key ${fixture} *** # gates:allow: documented test fixture\n`);
    expect(run.summary).toContain('1 find(s) kept by an inline `gates:allow`');
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as { allowedInline: unknown };
    expect(report.allowedInline).toEqual({ count: 1, finds: [{ file: 'test.log', ruleId: 'aws-access-key-id', line: 1, reason: 'documented test fixture' }] });
  });

  test('a PKCS#12 key store in binary artifacts, alone and inside a zip, is found by its header and overwritten byte for byte (binary: scrub)', async () => {
    const der = Buffer.from(pkcs12Sample(random).secret, 'base64');
    const workspace = makeWorkspace({ '.github/gates-redact.yml': 'version: 1\nbinary: scrub\n', 'dist/cert.p12': der });
    await writeZip(join(workspace, 'dist/bundle.zip'), { 'keys/app.pfx': der });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'dist' } });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(workspace, 'dist/cert.p12'))).toEqual(Buffer.alloc(der.length, '*'));
    expect((await readZipEntries(join(workspace, 'dist/bundle.zip'))).get('keys/app.pfx')).toEqual(Buffer.alloc(der.length, '*'));
    expect(run.summary).toMatch(/<code>pkcs12<\/code> \| 2 \|/);
  });

  test('1,000 known secrets (the crash at about 400: literals spread into Math.max) are all redacted', async () => {
    const secrets = Array.from({ length: 1000 }, () => random('alnum', 20 + Math.floor(random('digit', 1).charCodeAt(0) % 10)));
    const workspace = makeWorkspace({ 'big.log': `${secrets.map((secret, index) => `line ${index}: ${index % 2 ? secret : b64(`ci:${secret}`)}`).join('\n')}\n` });
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'big.log', secrets: secrets.join('\n') }, timeoutMs: 120_000 });
    expect({ exit: run.exitCode, stderr: run.stderr.slice(0, 300) }).toEqual({ exit: 0, stderr: '' });
    const text = readFileSync(join(workspace, 'big.log'), 'utf8');
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
    expect(run.outputs['redacted-count']).toBe('1000');
  }, 150_000);
});
