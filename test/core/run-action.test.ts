import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitHubRunner, Redactor, runAction, TerminalRunner, type ActionDefinition, type Finding } from '@gates/core';
import { makeWorkspace } from '../harness/workspace.js';

function host(env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const redactor = new Redactor();
  const runner = new TerminalRunner(redactor, { debug: env.INPUT_DEBUG === 'true' }, (t) => (out += t), (t) => (err += t));
  const base = { GITHUB_WORKSPACE: makeWorkspace({}), MEMORY_STORAGE_ROOT: join(makeWorkspace({}), 's'), ...env };
  return { host: { env: base, runner, redactor }, runner, output: () => out, errors: () => err };
}

const action = (run: ActionDefinition['run']): ActionDefinition => ({ name: 'probe', description: 'test action', rules: [], run });

describe('runAction', () => {
  test('an unexpected exception is exit 4 with a one-line report and no stack trace', async () => {
    const h = host();
    const code = await runAction(action(async () => {
      const value = undefined as unknown as { x: number };
      return { findings: [], outputs: { x: String(value.x) } };
    }), h.host);
    expect(code).toBe(4);
    expect(h.output()).toContain('error GATES_E_INTERNAL: Internal error: TypeError:');
    expect(h.output() + h.errors()).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(h.runner.summary).toContain('error `GATES_E_INTERNAL` (exit 4)');
  });

  test('with debug on, the stack trace goes to debug output', async () => {
    const h = host({ INPUT_DEBUG: 'true' });
    await runAction(action(async () => { throw new RangeError('deep'); }), h.host);
    expect(h.errors()).toMatch(/debug: RangeError: deep\n\s+at /);
  });

  test('more findings than the annotation cap: the rest are counted, all reach the summary', async () => {
    const findings: Finding[] = Array.from({ length: 14 }, (_, i) => ({ ruleId: 'r', severity: 'error', message: `f${i}`, file: 'a.yml', line: i + 1 }));
    let out = '';
    const summary = join(makeWorkspace({}), 'summary.md');
    writeFileSync(summary, '');
    const env = { GITHUB_WORKSPACE: makeWorkspace({}), MEMORY_STORAGE_ROOT: join(makeWorkspace({}), 's'), GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: join(makeWorkspace({}), 'out') };
    const redactor = new Redactor();
    expect(await runAction(action(async () => ({ findings })), { env, redactor, runner: new GitHubRunner(env, redactor, (t) => (out += t)) })).toBe(1);
    expect(out.match(/^::error /gm)).toHaveLength(10);
    expect(out).toContain('4 more finding(s) were not annotated (runner limit 10 per severity); see the job summary.');
    expect((readFileSync(summary, 'utf8').match(/^\| 🔴 error/gm) ?? []).length).toBe(14);
  });

  test('on a terminal nothing is annotated: the CLI prints every finding itself, once', async () => {
    const findings: Finding[] = Array.from({ length: 14 }, (_, i) => ({ ruleId: 'r', severity: 'error', message: `f${i}`, file: 'a.yml', line: i + 1 }));
    const h = host();
    expect(await runAction(action(async () => ({ findings })), h.host)).toBe(1);
    expect(h.output()).not.toMatch(/f\d|not annotated/);
  });

  test('an invalid state root stops the action before it runs (exit 2)', async () => {
    let ran = false;
    const h = host({ MEMORY_STORAGE_ROOT: 'relative/state' });
    expect(await runAction(action(async () => ((ran = true), { findings: [] })), h.host)).toBe(2);
    expect(ran).toBe(false);
    expect(h.output()).toContain('GATES_E_STATE_ROOT');
  });

  test('a redaction rule registered at the hook point applies to everything printed', async () => {
    const h = host();
    h.host.redactor.addRule((text) => text.replace(/AKIA[0-9A-Z]{16}/g, '[REDACTED:aws-access-key]'));
    await runAction(action(async () => ({ findings: [{ ruleId: 'r', severity: 'note', message: 'key AKIAIOSFODNN7EXAMPLE seen' }] })), h.host);
    expect(h.runner.summary).toMatch(/key \\?\[REDACTED:aws-access-key\\?\] seen/);
    expect(h.runner.summary).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });
});
