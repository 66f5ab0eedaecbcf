import { describe, expect, test } from '@jest/globals';
import { ACTION_NAMES } from '@gates/dispatcher';
import { INPUT_ROUTES } from '../../packages/dispatcher/src/input-routes.generated.js';
import { routedEnvironment } from '../../packages/dispatcher/src/route-inputs.js';
import { PASSING_SETUPS } from '../fixtures/passing-setups.js';
import { REQUIRED_INPUTS } from '../fixtures/required-inputs.js';
import { readManifest } from '../harness/action-manifest.js';
import { REPO_ROOT, ROOT_ACTION, runBundle, type BundleRun } from '../harness/run-bundle.js';
import { stepInputs } from '../harness/step-inputs.js';
import { makeWorkspace } from '../harness/workspace.js';

const DEMO = `${REPO_ROOT}/examples/demo-repo`;
const SCOPE = { token: 'ghs_routingTestToken', env: { GITHUB_REPOSITORY: 'octo-org/octo-repo', RUNNER_TEMP: '/tmp/runner' } };

/** A step's `with:` for the action, written for the root action instead: `command` plus each input under its root name. */
function throughRoot(action: string, inputs: Record<string, string>): Record<string, string> {
  return { command: action, ...Object.fromEntries(Object.entries(inputs).map(([input, value]) => [INPUT_ROUTES[action]![input]!, value])) };
}

const inputsOf = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith('INPUT_')));

describe('the root action hands each action exactly the inputs it gets on its own', () => {
  test.each(ACTION_NAMES)('%s: defaults only (plus its required inputs): the same INPUT_* as standalone', (action) => {
    const required = Object.fromEntries(Object.entries(readManifest(action).inputs).filter(([, spec]) => spec.required).map(([name]) => [name, 'given']));
    const standalone = stepInputs(readManifest(action), required, SCOPE);
    const routed = routedEnvironment(stepInputs(readManifest(ROOT_ACTION), throughRoot(action, required), SCOPE), action);
    expect(routed).toEqual(standalone);
  });

  test.each(ACTION_NAMES)('%s: every input set: each arrives under its own name with its value, nothing of another action', (action) => {
    const every = Object.fromEntries(Object.keys(readManifest(action).inputs).map((name) => [name, `value of ${action} ${name}`]));
    const routed = routedEnvironment(stepInputs(readManifest(ROOT_ACTION), throughRoot(action, every), SCOPE), action);
    expect(inputsOf(routed)).toEqual(stepInputs(readManifest(action), every, SCOPE));
  });

  test('actions that read an input name with different meanings get it under <action>-<input>; the root description says whose', () => {
    expect(INPUT_ROUTES['rbac-guard']!.policy).toBe('rbac-guard-policy');
    expect(INPUT_ROUTES['redact-logs']!.policy).toBe('redact-logs-policy');
    expect(INPUT_ROUTES['rbac-guard']!.command).toBe('rbac-guard-command');
    expect(INPUT_ROUTES['env-guard']!).toMatchObject({ policy: 'env-guard-policy', mode: 'env-guard-mode', secrets: 'env-guard-secrets', environment: 'env-guard-environment' });
    expect(INPUT_ROUTES['drift-check']!.mode).toBe('drift-check-mode');
    const root = readManifest(ROOT_ACTION).inputs;
    expect(root['redact-logs-policy']).toMatchObject({ default: '.github/gates-redact.yml', description: expect.stringMatching(/^redact-logs: /) });
    expect(root.policy).toBeUndefined();
    expect(root.config!.description).toMatch(/^checkpoint-restore, command-check, config-check, docs-check, drift-check, env-guard, fs-lock-test, hydration-check, perf-sla, pin-check, rbac-guard, redact-logs, security-gate: /);
    // Three actions read `paths` (files to scrub; files to checkpoint; Markdown to check): each under its own root name.
    expect(root.paths).toBeUndefined();
    expect(root['docs-check-paths']!.description).toMatch(/^docs-check: /);
    expect(root['redact-logs-paths']!.description).toMatch(/^redact-logs \(required\): /);
    expect(root['checkpoint-restore-paths']!.description).toMatch(/^checkpoint-restore: /);
  });
});

/**
 * What a reader of the run sees, with what differs between any two jobs (their directories, random ids, a
 * checkpoint's name, which hashes its creation time, and how long it took) blanked.
 */
function observed(run: BundleRun) {
  const blank = (text: string) =>
    text
      .split(run.runnerDir)
      .join('<runner>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
      .replace(/\b[0-9a-f]{64}\b/g, '<checkpoint>')
      .replace(/\| \d+\.\d+ \|\n/g, '| <seconds> |\n')
      // fs-lock-test's measured figures (rates, waits, takeover times): its primitive and verdict stay.
      .replace(/^(\| <code>[a-z\\_]+<\/code> \| (?:SAFE|UNSAFE|UNSUPPORTED|INCONCLUSIVE) \|).*$/gm, '$1 <measured> |');
  return { exit: run.exitCode, outputs: JSON.parse(blank(JSON.stringify(run.outputs))), annotations: run.annotations, summary: blank(run.summary), stderr: run.stderr };
}

describe('root dispatcher (uses: org/gates@v1 with command:) behaves exactly as each action', () => {
  test.each(ACTION_NAMES)('%s: the passing setup, standalone and through the root: the same exit, outputs, annotations and summary', async (action) => {
    const setup = PASSING_SETUPS[action]!;
    const options = { env: setup.env };
    const standalone = await runBundle(action, { ...options, workspace: makeWorkspace(setup.files), inputs: setup.inputs });
    const routed = await runBundle(ROOT_ACTION, { ...options, workspace: makeWorkspace(setup.files), inputs: throughRoot(action, setup.inputs) });
    expect(standalone).toMatchObject({ exitCode: 0, outputs: { verdict: 'pass' } });
    expect(observed(routed)).toEqual(observed(standalone));
  });

  // fs-lock-test's defaults are an experiment of 96,000 acquisitions (about a minute): its routes are checked above,
  // its runs through the root by the passing setup.
  test.each(ACTION_NAMES.filter((action) => action !== 'fs-lock-test'))('%s: only its defaults in the demo repository, standalone and through the root alike', async (action) => {
    const required = REQUIRED_INPUTS[action]!;
    const standalone = await runBundle(action, { workspace: makeWorkspace({}, DEMO), inputs: required });
    const routed = await runBundle(ROOT_ACTION, { workspace: makeWorkspace({}, DEMO), inputs: throughRoot(action, required) });
    expect(standalone.exitCode).not.toBe(2);
    expect(observed(routed)).toEqual(observed(standalone));
  });

  test('a misspelt command is exit 2 with a did-you-mean hint, as an annotation and in the summary', async () => {
    const run = await runBundle(ROOT_ACTION, { inputs: { command: 'pin-chek' } });
    expect(run.exitCode).toBe(2);
    expect(run.annotations[0]).toMatchObject({ command: 'error', properties: { title: 'GATES_E_UNKNOWN_COMMAND' } });
    expect(run.annotations[0]!.data).toContain('Did you mean "pin-check"?');
    expect(run.summary).toContain('error `GATES_E_UNKNOWN_COMMAND` (exit 2)');
    expect(run.stdout).not.toMatch(/^\s+at /m);
  });

  test('a missing command is exit 2 naming the input', async () => {
    const run = await runBundle(ROOT_ACTION);
    expect(run.exitCode).toBe(2);
    expect(run.log).toContain('Input "command" is required');
  });

  test('the root action.yml: command, then for every input of every action the root input that carries it, with that action\'s default', () => {
    const root = readManifest(ROOT_ACTION);
    expect(root.main).toBe(`${REPO_ROOT}/dist/dispatch/index.js`);
    expect(root.inputs.command!.required).toBe(true);
    for (const action of ACTION_NAMES) {
      for (const [input, spec] of Object.entries(readManifest(action).inputs)) {
        expect(root.inputs[INPUT_ROUTES[action]![input]!]).toMatchObject({ required: false, default: spec.default });
      }
    }
  });
});
