import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INPUT_ROUTES } from '../../packages/dispatcher/src/input-routes.generated.js';
import { REQUIRED_INPUTS } from '../fixtures/required-inputs.js';
import { REPO_ROOT, ROOT_ACTION, runBundle, type BundleRun } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

/**
 * Each action as a workflow that writes only what it must uses it: the action.yml defaults plus the required
 * inputs, delivered by the harness as the runner delivers them. Run on its own and through the root action, in an
 * empty repository (a job that forgot actions/checkout) and in the demo repository; each does what its README says.
 * No run may stop on an optional file named only by a default, crash (exit 4) or print a stack trace.
 */
const DEMO = join(REPO_ROOT, 'examples', 'demo-repo');
const DEMO_LOG = readFileSync(join(DEMO, 'logs', 'test-output.log'), 'utf8');

const WAYS: [string, (action: string, workspace: string) => Promise<BundleRun>][] = [
  ['on its own', (action, workspace) => runBundle(action, { workspace, inputs: REQUIRED_INPUTS[action] })],
  [
    'through the root action',
    (action, workspace) =>
      runBundle(ROOT_ACTION, { workspace, inputs: { command: action, ...Object.fromEntries(Object.entries(REQUIRED_INPUTS[action]!).map(([input, value]) => [INPUT_ROUTES[action]![input]!, value])) } }),
  ],
];

function expectNoCrash(run: BundleRun): void {
  expect(run.exitCode).not.toBe(4);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
  expect(run.stdout).not.toContain('GATES_E_CONFIG_NOT_FOUND');
}

/** The audit-ledger records of the run, newest last. */
const ledger = (run: BundleRun) => readFileSync(join(run.stateRoot, 'audit', 'ledger.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { event: Record<string, unknown> });

/** In an empty repository every action that checks files says there was nothing to check: verdict `empty`, exit 1. */
function expectNothingToCheck(run: BundleRun, action: string): void {
  expect(run.exitCode).toBe(1);
  expect(run.outputs.verdict).toBe('empty');
  expect(run.annotations).toEqual([expect.objectContaining({ command: 'error', properties: { title: 'nothing-to-check' } })]);
  expect(run.summary).toContain(`## ⚠️ ${action}: nothing to check`);
  expect(ledger(run).at(-1)!.event).toMatchObject({ action, verdict: 'empty' });
}

describe.each(WAYS)('only defaults and required inputs, %s', (_way, run) => {
  describe('in an empty repository', () => {
    test.each(['pin-check', 'perf-sla', 'redact-logs', 'hydration-check', 'docs-check'])('%s: nothing to check, said plainly; not a pass', async (action) => {
      const result = await run(action, makeWorkspace({}));
      expectNoCrash(result);
      expectNothingToCheck(result, action);
    });

    test('rbac-guard: its policy is required, and the error says so (exit 2), not that a file the user named is missing', async () => {
      const result = await run('rbac-guard', makeWorkspace({}));
      expectNoCrash(result);
      expect(result.exitCode).toBe(2);
      expect(result.annotations[0]).toMatchObject({ properties: { title: 'GATES_E_POLICY_REQUIRED' } });
      expect(result.log).toContain('rbac-guard needs a policy file, and there is none at .github/gates-rbac.yml (the default of the `policy` input).');
      expect(result.log).not.toMatch(/not exist|not found/i);
    });
  });

  describe('in the demo repository', () => {
    test('pin-check: its default config is read (policy allow-list, tool versions), the unpinned checkout fails the gate at its line', async () => {
      const result = await run('pin-check', makeWorkspace({}, DEMO));
      expectNoCrash(result);
      expect(result.exitCode).toBe(1);
      expect(result.outputs.verdict).toBe('fail');
      expect(result.annotations).toContainEqual(expect.objectContaining({ properties: { title: 'unpinned-uses', file: '.github/workflows/ci.yml', line: '18', col: '15' } }));
      expect(result.annotations).toContainEqual(expect.objectContaining({ properties: { title: 'missing-tool-version' } }));
      // The job's token reached the API (the default `${{ github.token }}`); the checkout pinned as the README pins it is fine.
      expect(result.summary).toMatch(/Online checks: \d+ reference\(s\) looked up/);
      expect(result.annotations.filter((annotation) => annotation.properties.file === '.github/workflows/release.yml' && annotation.properties.line === '15')).toEqual([]);
    });

    test('hydration-check: the default spec is read; every selector resolves to its fixture', async () => {
      const result = await run('hydration-check', makeWorkspace({}, DEMO));
      expectNoCrash(result);
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({ verdict: 'pass', selectors: '4', mismatched: '0' });
    });

    test('perf-sla: the default SLA file is read and judged; percentiles are reported', async () => {
      const result = await run('perf-sla', makeWorkspace({}, DEMO));
      expectNoCrash(result);
      expect(result.exitCode).toBe(1);
      expect(result.outputs).toMatchObject({ verdict: 'fail', breaches: '2' });
      expect(Number(result.outputs.p95)).toBeGreaterThan(0);
    });

    test('redact-logs: no policy file (built-in rules): the log is scrubbed, found values masked, the step passes', async () => {
      const workspace = makeWorkspace({}, DEMO);
      const result = await run('redact-logs', workspace);
      expectNoCrash(result);
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({ verdict: 'pass', 'redacted-count': '2', 'files-changed': '1' });
      const scrubbed = readFileSync(join(workspace, 'logs', 'test-output.log'), 'utf8');
      expect(scrubbed).not.toBe(DEMO_LOG);
      expect(scrubbed).toContain('***');
      expect(result.commands.filter((command) => command.command === 'add-mask').length).toBeGreaterThan(0);
    });

    test('rbac-guard: the policy decides by team, which the job token cannot read: fails closed (exit 3) naming the fix', async () => {
      const result = await run('rbac-guard', makeWorkspace({}, DEMO));
      expectNoCrash(result);
      expect(result.exitCode).toBe(3);
      expect(result.log).toContain('GATES_E_RBAC_UNRESOLVED');
      expect(result.log).toContain('Members: read');
      expect(result.outputs.allowed).toBeUndefined();
    });
  });
});
