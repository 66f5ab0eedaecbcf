import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';
import { CheckCounter } from './leak-search.js';

// A SIGKILL runs no cleanup: a writer killed mid-write leaves its temporary file. Temporary files carry a
// recognisable name with the writer's pid; every run removes the ones of dead writers in the directories it
// writes, so repeated kills cannot fill the disk (the review left 4 GB after 50 kills on a 211 MiB log).
const SECRET = 'sk_live_KilledWriterSecret0123456789';
const TRIALS = 5;
const counter = new CheckCounter();

afterAll(() => console.log(counter.report('redact-logs kill -9 trials (each followed by a run that must leave no temporary file)')));

const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
function deadTemporary(name: string): string {
  const pid = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
  return `.${name}.gates-tmp-${pid}-${HOST}-00112233445566ff`;
}
const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.includes('.gates-tmp-'));

describe('temporary files of killed writers', () => {
  test('redact-logs killed with SIGKILL mid-write: the log is whole (old or scrubbed), and the next run leaves no temporary file', async () => {
    const line = `2026-12-01T10:00:00Z worker: request ok token=${SECRET} took 12ms\n`;
    const source = join(makeWorkspace({ 'big.log': line.repeat(Math.ceil((8 << 20) / line.length)) }), 'big.log');
    const original = readFileSync(source);
    let killedWhileWriting = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const workspace = makeWorkspace({});
      mkdirSync(join(workspace, 'logs'));
      copyFileSync(source, join(workspace, 'logs', 'big.log'));
      const env = { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, MEMORY_STORAGE_ROOT: join(makeWorkspace({}), 'state'), INPUT_PATHS: 'logs', INPUT_SECRETS: SECRET };
      const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/redact-logs/index.js')], { env, cwd: workspace, stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
      // Killed the moment its temporary file appears (an fs.watch event), or not at all if it finished first.
      const watcher = watch(join(workspace, 'logs'), (_event, name) => {
        if (name?.includes('.gates-tmp-')) child.kill('SIGKILL');
      });
      await exited;
      watcher.close();
      const killed = temporaries(join(workspace, 'logs')).length > 0;
      if (killed) killedWhileWriting++;
      counter.add(killed ? 'killed while writing its temporary file' : 'finished before the kill');
      const after = readFileSync(join(workspace, 'logs', 'big.log'));
      expect(after.equals(original) || !after.includes(SECRET)).toBe(true);

      const rerun = await runBundle('redact-logs', { workspace, inputs: { paths: 'logs', secrets: SECRET }, timeoutMs: 120_000 });
      expect(rerun.exitCode).toBe(0);
      expect(temporaries(join(workspace, 'logs'))).toEqual([]);
      expect(readFileSync(join(workspace, 'logs', 'big.log')).includes(SECRET)).toBe(false);
    }
    // 8 MiB takes the writer far longer than the watch event takes to arrive: a test where no kill landed mid-write
    // would prove nothing.
    expect(killedWhileWriting).toBeGreaterThan(0);
  }, 600_000);

  test('each writer removes dead writers\' temporaries from the directories it writes: logs, reports, ledger, history', async () => {
    const workspace = makeWorkspace({
      'logs/app.log': `token ${SECRET}\n`,
      '.github/gates-perf.yml': 'version: 1\nhistory:\n  store: repo\n',
      'r.xml': '<testsuite name="s"><testcase classname="c" name="t" time="1"/></testsuite>',
    });
    const stateRoot = join(makeWorkspace({}), 'state');
    const planted = {
      logs: join(workspace, 'logs'),
      history: join(workspace, '.github'),
      reports: join(stateRoot, 'reports', 'perf-sla'),
      redactReports: join(stateRoot, 'reports', 'redact-logs'),
      ledger: join(stateRoot, 'audit'),
    };
    for (const dir of Object.values(planted)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, deadTemporary('partial')), 'half a file');
    }
    // A temporary of a live process (this test) stays: it may still be written.
    const live = `.partial.gates-tmp-${process.pid}-${HOST}-00112233445566ff`;
    writeFileSync(join(planted.logs, live), 'being written');
    expect((await runBundle('redact-logs', { workspace, inputs: { paths: 'logs', secrets: SECRET }, env: { MEMORY_STORAGE_ROOT: stateRoot } })).exitCode).toBe(0);
    expect((await runBundle('perf-sla', { workspace, inputs: { reports: 'r.xml' }, env: { MEMORY_STORAGE_ROOT: stateRoot } })).exitCode).toBe(0);
    expect(Object.fromEntries(Object.entries(planted).map(([name, dir]) => [name, temporaries(dir)]))).toEqual({ logs: [live], history: [], reports: [], redactReports: [], ledger: [] });
  }, 120_000);
});
