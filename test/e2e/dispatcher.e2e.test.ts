import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACTION_NAMES } from '@gates/dispatcher';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { PASSING_SETUPS } from '../fixtures/passing-setups.js';
import { makeWorkspace } from '../harness/workspace.js';

describe('root dispatcher (uses: org/gates@v1 with command:)', () => {
  test.each(ACTION_NAMES)('routes command %s to its action', async (name) => {
    const setup = PASSING_SETUPS[name]!;
    // An action's own `command` input is `<action>-command` on the root action.
    const inputs = Object.fromEntries(Object.entries(setup.inputs).map(([key, value]) => [key === 'command' ? `${name}-command` : key, value]));
    const run = await runBundle('dispatch', { inputs: { ...inputs, command: name }, workspace: makeWorkspace(setup.files), env: setup.env });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toContain(`## ✅ ${name}: passed`);
  });

  test('a misspelt command is exit 2 with a did-you-mean hint, as an annotation and in the summary', async () => {
    const run = await runBundle('dispatch', { inputs: { command: 'pin-chek' } });
    expect(run.exitCode).toBe(2);
    expect(run.annotations[0]).toMatchObject({ command: 'error', properties: { title: 'GATES_E_UNKNOWN_COMMAND' } });
    expect(run.annotations[0]!.data).toContain('Did you mean "pin-check"?');
    expect(run.summary).toContain('error `GATES_E_UNKNOWN_COMMAND` (exit 2)');
    expect(run.stdout).not.toMatch(/^\s+at /m);
  });

  test('a missing command is exit 2 naming the input', async () => {
    const run = await runBundle('dispatch', {});
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('Input "command" is required');
  });

  test('the root action.yml declares command plus every input of every action', () => {
    const root = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'));
    expect(root.runs).toEqual({ using: 'node24', main: 'dist/dispatch/index.js' });
    expect(root.inputs.command.required).toBe(true);
    for (const name of ACTION_NAMES) {
      const action = parse(readFileSync(join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8'));
      for (const input of Object.keys(action.inputs)) expect(Object.keys(root.inputs)).toContain(input);
    }
  });
});
