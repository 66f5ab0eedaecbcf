import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSegment, GENESIS_HASH, nextRecord, type LedgerRecord } from '@gates/core';
import { ACTION_REPOSITORIES } from '../fixtures/action-repositories.js';
import { filesUnder } from '../adversarial/leak-search.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { leaks, stepTexts } from '../harness/leaks.js';
import { startResultsService, type ResultsService } from '../harness/results-service/server.js';
import { Job, REPO_ROOT, type BundleRun } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

/**
 * Issue 18's last gap: any step of a run holding the runtime token can upload
 * a `gates-state-*` artifact. With `anchor-key` on every gates step, each
 * segment is signed for its run (docs/ordering.md), and rbac-guard counts
 * only signed predecessor verdicts: a forged segment (records made up,
 * hashes recomputed) or a genuine one replayed from another run is left out
 * and named, and `deploy` denies. Without the key the README's example keeps
 * working, and the summary says the verdict it used is unsigned.
 */
const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
const KEY = 'gates-anchor-key-Qm9vYmFyLXNlY3JldC0xMjM0NTY3ODkw';
const POLICY = ['version: 1', 'roles:', '  releaser:', '    grants:', '      - commands: [deploy]', 'subjects:', '  - { role: releaser, users: [octocat] }', 'dependencies:', '  deploy: [pin-check]', ''].join('\n');
const PINNED = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n';
const STEP = join(REPO_ROOT, 'test', 'harness', 'results-service', 'artifact-step.mjs');

let results: ResultsService;
let api: GitHubApiServer;
beforeAll(async () => {
  results = await startResultsService();
  api = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES));
});
afterAll(async () => {
  await api.close();
  await results.close();
});

function runEnv(run: string, backend: string, attempt = 1): Record<string, string> {
  const token = results.runtimeToken({ runBackendId: `backend-${run}`, jobBackendId: backend, attempt });
  return { GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: String(attempt), ACTIONS_RESULTS_URL: results.url, ACTIONS_RUNTIME_TOKEN: token };
}

async function job(run: string, name: string, backend: string, options: { attempt?: number; workflow?: string } = {}): Promise<Job> {
  const workspace = makeWorkspace({ '.github/workflows/ci.yml': options.workflow ?? PINNED, '.github/gates-rbac.yml': POLICY });
  return Job.start({ workspace, apiUrl: api.url, env: { GITHUB_JOB: name, GITHUB_SHA: SHA, ...runEnv(run, backend, options.attempt) } });
}

const signedInputs = { 'anchor-key': KEY };

/** The artifact-step helper, as any step of the run holding the runtime token could run it; its last JSON line. */
async function artifactStep(run: string, backend: string, args: string[], attempt = 1): Promise<{ error?: string } & Record<string, unknown>> {
  const root = mkdtempSync(join(tmpdir(), 'gates-malicious-step-'));
  const env = { PATH: process.env.PATH, ...runEnv(run, backend, attempt), GITHUB_WORKSPACE: root };
  const { stdout } = await promisify(execFile)(process.execPath, [STEP, ...args], { env, cwd: REPO_ROOT }).catch((failed: { stdout: string }) => failed);
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { error?: string };
}

async function upload(run: string, name: string, segment: unknown, attempt = 1): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'gates-forged-'));
  writeFileSync(join(root, 'segment.json'), typeof segment === 'string' ? segment : JSON.stringify(segment));
  expect((await artifactStep(run, `job-malicious-${attempt}`, ['upload', name, root, join(root, 'segment.json')], attempt)).error).toBeUndefined();
}

/** A pin-check pass for the commit, made up by a step of the run: every hash recomputed, so the chain verifies. */
function forgedPass(run: string): LedgerRecord[] {
  return [nextRecord(undefined, { action: 'pin-check', verdict: 'pass', sha: SHA, run_id: run }, new Date().toISOString(), 0, { run, job: 'entrance', step: '__org_gates', mono: 0 })];
}

describe('signed segments (anchor-key on every gates step)', () => {
  test('pin-check signs its segment, rbac-guard with the same key checks it and allows; the key is nowhere', async () => {
    const entrance = await job('5001', 'entrance', 'job-entrance');
    const pins = await entrance.run('pin-check', { inputs: signedInputs });
    expect(pins.exitCode).toBe(0);
    const deploy = await job('5001', 'deploy', 'job-deploy');
    const guard = await deploy.run('rbac-guard', { inputs: { command: 'deploy', ...signedInputs } });
    expect(guard.exitCode).toBe(0);
    expect(guard.outputs.allowed).toBe('true');
    expect(guard.summary).toContain('1 segment(s) of this run merged (each signature checked with the anchor key)');
    expect(guard.summary).toMatch(/from segment gates-state-entrance\.[0-9a-f]{8}-1-\\_\\_org\\_gates, signature checked\)/);
    expect(guard.summary).not.toContain('unsigned');

    // The key is a secret input: masked at once, and in no log, output, report, ledger, segment or artifact.
    for (const step of [pins, guard]) expect(step.commands.some((command) => command.command === 'add-mask' && command.data === KEY)).toBe(true);
    const texts: Record<string, string> = await artifactTexts('5001');
    for (const step of [pins, guard]) {
      for (const [where, text] of Object.entries(stepTexts(step))) texts[`${step.env.GITHUB_JOB} ${where}`] = text;
      texts[`${step.env.GITHUB_JOB} raw stdout`] = withoutMaskCommands(step);
    }
    // The search sees the segments: the MAC each carries is found (the key, in any form, is not).
    const [name] = readdirSync(join(pins.stateRoot, 'outgoing'));
    const { signature } = JSON.parse(readFileSync(join(pins.stateRoot, 'outgoing', name!, 'segment.json'), 'utf8')) as { signature: { mac: string } };
    expect(leaks(texts, [signature.mac]).some((place) => place.startsWith('artifact '))).toBe(true);
    expect(leaks(texts, [KEY, Buffer.from(KEY).toString('base64'), Buffer.from(KEY).toString('base64url'), Buffer.from(KEY).toString('hex')])).toEqual([]);
  });

  test('a forged segment (made-up pass, hashes recomputed) without a MAC, or with a MAC of another key, is left out and named: deny', async () => {
    const entrance = await job('5002', 'entrance', 'job-entrance');
    expect((await entrance.run('pin-check', { inputs: { ...signedInputs, state: 'local' } })).exitCode).toBe(0);
    await upload('5002', 'gates-state-entrance-1-forged', buildSegment('gates-state-entrance-1-forged', GENESIS_HASH, forgedPass('5002')));
    const binding = { run: '5002', attempt: '1', repository: 'octo-org/octo-repo' };
    await upload('5002', 'gates-state-entrance-1-guessed', buildSegment('gates-state-entrance-1-guessed', GENESIS_HASH, forgedPass('5002'), { key: 'a-key-the-malicious-step-made-up-0123', binding }));
    const deploy = await job('5002', 'deploy', 'job-deploy');
    const guard = await deploy.run('rbac-guard', { inputs: { command: 'deploy', ...signedInputs } });
    expect(guard.exitCode).toBe(1);
    expect(guard.outputs.allowed).toBe('false');
    expect(guard.outputs.reason).toContain('pin-check');
    expect(guard.summary).toContain('segment gates-state-entrance-1-forged left out: unsigned');
    expect(guard.summary).toContain('segment gates-state-entrance-1-guessed left out: its MAC does not match');
    expect(guard.annotations.filter((command) => command.command === 'warning').map((command) => command.data).join('\n')).toContain('gates-state-entrance-1-forged is not signed for this run');
  });

  test('a genuine signed segment of another run, replayed into this one, is left out and named: deny', async () => {
    const entrance = await job('5003', 'entrance', 'job-entrance');
    const pins = await entrance.run('pin-check', { inputs: signedInputs });
    expect(pins.exitCode).toBe(0);
    const [name] = readdirSync(join(pins.stateRoot, 'outgoing'));
    const genuine = JSON.parse(readFileSync(join(pins.stateRoot, 'outgoing', name!, 'segment.json'), 'utf8')) as { signature: { run: string } };
    expect(genuine.signature.run).toBe('5003');
    await upload('5004', name!, genuine);
    const deploy = await job('5004', 'deploy', 'job-deploy');
    const guard = await deploy.run('rbac-guard', { inputs: { command: 'deploy', ...signedInputs } });
    expect(guard.exitCode).toBe(1);
    expect(guard.outputs.allowed).toBe('false');
    expect(guard.summary).toContain(`segment ${name!.replace(/_/g, '\\_')} left out: signed for run "5003", not this run`);
  });

  test('a re-run cannot hide an earlier attempt\'s signed failure behind an artifact of the same name: deny', async () => {
    // Attempt 1: pin-check fails (an unpinned action) and signs its failure. Attempt 2 (a re-run) passes.
    const first = await job('5007', 'entrance', 'job-entrance-1', { workflow: PINNED.replace(/@[0-9a-f]{40} # v4\.2\.2/, '@v4') });
    const failed = await first.run('pin-check', { inputs: signedInputs });
    expect(failed.exitCode).toBe(1);
    const [name] = readdirSync(join(failed.stateRoot, 'outgoing'));
    expect((await (await job('5007', 'entrance', 'job-entrance-2', { attempt: 2 })).run('pin-check', { inputs: signedInputs })).exitCode).toBe(0);
    // A failure stands: attempt 2's pass does not overturn attempt 1's failure.
    const before = await (await job('5007', 'deploy', 'job-deploy-2', { attempt: 2 })).run('rbac-guard', { inputs: { command: 'deploy', ...signedInputs } });
    expect(before.outputs.allowed).toBe('false');
    // A step of attempt 2 uploads anything under the failed segment's name: the service takes it (a new attempt), and the
    // client's `latest` listing would show only it, so the signed failure would never be downloaded.
    await upload('5007', name!, { format: 'gates-state-segment/1' }, 2);
    const guard = await (await job('5007', 'deploy', 'job-deploy-2b', { attempt: 2 })).run('rbac-guard', { inputs: { command: 'deploy', ...signedInputs } });
    expect(guard.outputs.allowed).toBe('false');
    expect(guard.exitCode).toBe(1);
    expect(guard.summary).toContain(`segment ${name!.replace(/_/g, '\\_')} left out: unsigned`);
    expect(guard.summary).toContain(`<code>pin-check</code> fail (ledger: pin-check action, run 5007; from segment ${name!.replace(/_/g, '\\_')}, signature checked)`);
  });

  test('huge forged segments are refused without parsing their records, and named; the restore completes and the signed pass counts', async () => {
    const entrance = await job('5009', 'entrance', 'job-entrance');
    expect((await entrance.run('pin-check', { inputs: signedInputs })).exitCode).toBe(0);
    const binding = { run: '5009', attempt: '1', repository: 'octo-org/octo-repo' };
    // Records no JSON parser accepts (brackets balanced): a refusal that parsed them would say "not valid JSON".
    const unparsable = (megabytes: number) => `[${'{lamport: 1, not json @@ } '.repeat((megabytes * 1024 * 1024) / 27)}]`;
    const forged = (name: string, records: string, mac?: string) => {
      const segment = buildSegment(name, GENESIS_HASH, forgedPass('5009'), mac ? { key: 'a-key-the-malicious-step-made-up-0123', binding } : undefined);
      return JSON.stringify({ ...segment, records: ['RECORDS'] }).replace('["RECORDS"]', records);
    };
    await upload('5009', 'gates-state-entrance-1-wrongmac', forged('gates-state-entrance-1-wrongmac', unparsable(7), 'wrong'));
    await upload('5009', 'gates-state-entrance-1-nomac', forged('gates-state-entrance-1-nomac', unparsable(7)));
    // Tens of MB: one that zips small but unpacks past the limit, one the service lists past it (random, so it stays large).
    await upload('5009', 'gates-state-entrance-1-huge', forged('gates-state-entrance-1-huge', unparsable(40), 'wrong'));
    await upload('5009', 'gates-state-entrance-1-bulky', forged('gates-state-entrance-1-bulky', JSON.stringify([randomBytes(18 * 1024 * 1024).toString('base64')]), 'wrong'));
    const deploy = await job('5009', 'deploy', 'job-deploy');
    const guard = await deploy.run('rbac-guard', { inputs: { command: 'deploy', ...signedInputs } });
    expect(guard.exitCode).toBe(0);
    expect(guard.outputs.allowed).toBe('true');
    expect(guard.summary).toContain('1 segment(s) of this run merged (each signature checked with the anchor key)');
    expect(guard.summary).toContain('segment gates-state-entrance-1-wrongmac left out: its MAC does not match');
    expect(guard.summary).toContain('segment gates-state-entrance-1-nomac left out: unsigned');
    // Unpacked by the restore itself, it is refused at the limit, before its segment.json is written whole.
    expect(guard.summary).toContain('segment gates-state-entrance-1-huge left out: its files unpack to more than the 16777216 bytes of a segment');
    expect(guard.summary).toMatch(/segment gates-state-entrance-1-bulky left out: the artifact is \d+ bytes, over the 16 MiB limit of a segment \(not downloaded\)/);
    expect(guard.summary).not.toContain('not valid JSON');
    const warnings = guard.annotations.filter((command) => command.command === 'warning').map((command) => command.data).join('\n');
    for (const name of ['wrongmac', 'nomac', 'huge', 'bulky']) expect(warnings).toContain(`gates-state-entrance-1-${name}`);
  });

  test('an artifact that unpacks past the limit, or is no zip at all, is left out and named; the restore completes and the signed pass counts', async () => {
    const entrance = await job('5010', 'entrance', 'job-entrance');
    expect((await entrance.run('pin-check', { inputs: signedInputs })).exitCode).toBe(0);
    // 200 MiB of zeros as a "report": the zip is a fraction of a megabyte, listed far under the 16 MiB limit.
    const bomb = mkdtempSync(join(tmpdir(), 'gates-bomb-'));
    writeFileSync(join(bomb, 'segment.json'), JSON.stringify(buildSegment('gates-state-entrance-1-bomb', GENESIS_HASH, forgedPass('5010'))));
    mkdirSync(join(bomb, 'reports'));
    writeFileSync(join(bomb, 'reports', 'zeros.json'), Buffer.alloc(200 * 1024 * 1024));
    const bombed = await artifactStep('5010', 'job-malicious-1', ['upload', 'gates-state-entrance-1-bomb', bomb, join(bomb, 'segment.json'), join(bomb, 'reports', 'zeros.json')]);
    expect(bombed.error).toBeUndefined();
    expect(Number(bombed.size)).toBeLessThan(1024 * 1024);
    rmSync(bomb, { recursive: true, force: true });
    // One file uploaded as it is (skipArchive): served as a zip, it is none; the artifact client's extraction never finished on it.
    const raw = mkdtempSync(join(tmpdir(), 'gates-raw-'));
    writeFileSync(join(raw, 'gates-state-entrance-1-corrupt.zip'), `PK\u0003\u0004${'not a zip '.repeat(100)}`);
    expect((await artifactStep('5010', 'job-malicious-1', ['upload-raw', raw, join(raw, 'gates-state-entrance-1-corrupt.zip')])).error).toBeUndefined();
    const deploy = await job('5010', 'deploy', 'job-deploy');
    const started = Date.now();
    const guard = await deploy.run('rbac-guard', { inputs: { command: 'deploy', ...signedInputs } });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(guard.exitCode).toBe(0);
    expect(guard.outputs.allowed).toBe('true');
    expect(guard.summary).toContain('1 segment(s) of this run merged (each signature checked with the anchor key)');
    expect(guard.summary).toContain('segment gates-state-entrance-1-bomb left out: its files unpack to more than the 16777216 bytes of a segment');
    expect(guard.summary).toContain('segment gates-state-entrance-1-corrupt.zip left out: it is not a zip the restore reads');
    const warnings = guard.annotations.filter((command) => command.command === 'warning').map((command) => command.data).join('\n');
    for (const name of ['bomb', 'corrupt.zip']) expect(warnings).toContain(`gates-state-entrance-1-${name} cannot be unpacked`);
  });

  test('a key short enough to guess from a MAC any step can download is refused (exit 2), and not printed', async () => {
    const weak = 'hunter2-hunter2-hunter2';
    const steps = await job('5008', 'entrance', 'job-entrance');
    const pins = await steps.run('pin-check', { inputs: { 'anchor-key': weak } });
    expect(pins.exitCode).toBe(2);
    expect(pins.log).toContain('Input "anchor-key" is invalid: got "a secret of 23 characters", expected a random secret of at least 32 characters');
    expect(leaks(stepTexts(pins), [weak])).toEqual([]);
    expect(withoutMaskCommands(pins)).not.toContain(weak);
    expect(results.artifacts.filter((artifact) => artifact.runBackendId === 'backend-5008')).toEqual([]);
  });
});

describe('without anchor-key (the README\'s two-job example)', () => {
  test('still allowed; the summary says the predecessor verdict is unsigned, and one warning says how to require signatures', async () => {
    const entrance = await job('5005', 'entrance', 'job-entrance');
    expect((await entrance.run('pin-check')).exitCode).toBe(0);
    const deploy = await job('5005', 'deploy', 'job-deploy');
    const guard = await deploy.run('rbac-guard', { inputs: { command: 'deploy' } });
    expect(guard.exitCode).toBe(0);
    expect(guard.outputs.allowed).toBe('true');
    expect(guard.summary).toMatch(/<code>pin-check<\/code> pass \(ledger: pin-check action, run 5005; from segment gates-state-entrance\.[0-9a-f]{8}-1-\\_\\_org\\_gates\) \*\*unsigned\*\*/);
    const warnings = guard.annotations.filter((command) => command.command === 'warning' && command.data.includes('unsigned'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.data).toContain('anchor-key: ${{ secrets.GATES_ANCHOR_KEY }}');
  });

  test('a forged segment still counts without the key (the gap the key closes), and is named unsigned', async () => {
    await upload('5006', 'gates-state-entrance-1-forged', buildSegment('gates-state-entrance-1-forged', GENESIS_HASH, forgedPass('5006')));
    const deploy = await job('5006', 'deploy', 'job-deploy');
    const guard = await deploy.run('rbac-guard', { inputs: { command: 'deploy' } });
    expect(guard.outputs.allowed).toBe('true');
    expect(guard.summary).toContain('**unsigned**');
  });
});

/** Every file of every artifact of the run, downloaded as a later job would. */
async function artifactTexts(run: string): Promise<Record<string, string>> {
  const listed = (await artifactStep(run, 'job-reader', ['list'])) as { artifacts?: { id: number; name: string }[] };
  const texts: Record<string, string> = {};
  for (const artifact of listed.artifacts ?? []) {
    const into = mkdtempSync(join(tmpdir(), 'gates-artifact-'));
    expect((await artifactStep(run, 'job-reader', ['download', String(artifact.id), into])).error).toBeUndefined();
    for (const file of filesUnder(into)) texts[`artifact ${artifact.name}: ${file.slice(into.length)}`] = readFileSync(file, 'latin1');
  }
  expect(Object.keys(texts).some((where) => where.endsWith('/segment.json'))).toBe(true);
  return texts;
}

/** The step's stdout as the runner reads it, less the `::add-mask::` commands (the one place a secret is meant to be). */
function withoutMaskCommands(step: BundleRun): string {
  return step.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
}
