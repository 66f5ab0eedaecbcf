import { describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Job, runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

/** Nothing to check is not a pass: said plainly, a failed step by default, `empty` in the ledger whatever allow-empty says. */
describe('a run with nothing to check', () => {
  test.each([
    ['pin-check', {}, 'no workflow, action, Dockerfile, script or manifest file'],
    ['perf-sla', { reports: 'build/test-results/**/*.xml' }, 'no report matched build/test-results/**/*.xml'],
    ['redact-logs', { paths: 'logs/**\nartifacts/*.log' }, 'no file matched logs/**, artifacts/*.log'],
  ])('%s: with allow-empty: true the step passes (exit 0), but the verdict stays `empty` and the finding is waived', async (action, inputs, said) => {
    const run = await runBundle(action, { inputs: { ...inputs, 'allow-empty': 'true' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('empty');
    expect(run.annotations).toEqual([]);
    expect(run.summary).toContain(`## ⚠️ ${action}: nothing to check`);
    expect(run.summary.replace(/\\/g, '')).toContain(`Nothing to check: ${said}`);
    expect(run.summary).toContain('Waived: allow-empty: true');
  });

  test('perf-sla: a glob that matches nothing next to one that matches is not empty', async () => {
    const workspace = makeWorkspace({ 'junit.xml': '<testsuite name="s"><testcase classname="a" name="b" time="0.5"/></testsuite>\n' });
    const run = await runBundle('perf-sla', { workspace, inputs: { reports: 'junit.xml\nmissing/**/*.xml' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
  });

  test('a brace glob is one pattern (lists are one entry per line, as the runner\'s toolkit reads them)', async () => {
    const workspace = makeWorkspace({ 'out/a.xml': '<testsuite name="s"><testcase classname="a" name="b" time="0.5"/></testsuite>\n', 'out/b.trx': '<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results/></TestRun>\n' });
    const run = await runBundle('perf-sla', { workspace, inputs: { reports: 'out/*.{xml,trx}' } });
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toContain('From 2 report file(s)');
  });
});

describe('an empty run never counts as a predecessor gate', () => {
  const POLICY = [
    'version: 1',
    'roles:',
    '  shipper:',
    '    grants:',
    '      - commands: [deploy]',
    'subjects:',
    '  - { role: shipper, users: [octocat] }',
    'dependencies:',
    '  deploy: [pin-check]',
    '',
  ].join('\n');
  const WORKFLOW = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n';

  /** What actions/checkout would put in the workspace, written between two steps of the job. */
  function checkout(workspace: string): void {
    for (const [path, text] of Object.entries({ '.github/gates-rbac.yml': POLICY, '.github/workflows/ci.yml': WORKFLOW })) {
      mkdirSync(dirname(join(workspace, path)), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
  }

  test.each([['fails the step', {}, 1], ['is allowed (allow-empty: true, exit 0)', { 'allow-empty': 'true' }, 0]])(
    'pin-check ran before the checkout and %s; rbac-guard with `deploy: [pin-check]` then denies: pin-check checked nothing',
    async (_case, inputs, exit) => {
      const job = await Job.start();
      try {
        const pins = await job.run('pin-check', { inputs });
        expect(pins.exitCode).toBe(exit);
        expect(pins.outputs.verdict).toBe('empty');
        checkout(job.workspace);
        const guard = await job.run('rbac-guard', { inputs: { command: 'deploy' } });
        expect(guard.exitCode).toBe(1);
        expect(guard.outputs).toMatchObject({ allowed: 'false', verdict: 'fail' });
        expect(guard.outputs.reason).toContain('pin-check checked nothing');

        // The same job once pin-check has something to check: its pass is what the dependency needs.
        const again = await job.run('pin-check');
        expect(again.outputs.verdict).toBe('pass');
        const allowed = await job.run('rbac-guard', { inputs: { command: 'deploy' } });
        expect(allowed.outputs).toMatchObject({ allowed: 'true', verdict: 'pass' });
      } finally {
        await job.close();
      }
    },
  );
});
