import { describe, expect, test } from '@jest/globals';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import errorSchema from '../../schemas/error.schema.json' with { type: 'json' };
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { didYouMean, docsUrl, ERROR_CATALOGUE, formatError, GatesError, levenshtein, projectUrl, ruleDocsUrl, suiteRoot, toGatesError, type CommonJsDefault, type ErrorCode } from '@gates/core';
import { REPO_ROOT } from '../harness/run-bundle.js';

const Ajv2020 = Ajv2020Module as unknown as CommonJsDefault<typeof Ajv2020Module>;
const addFormats = addFormatsModule as unknown as CommonJsDefault<typeof addFormatsModule>;

describe('error catalogue', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(errorSchema);

  test.each(Object.keys(ERROR_CATALOGUE) as ErrorCode[])('%s has a stable exit code, a hint and valid JSON form', (code) => {
    const spec = ERROR_CATALOGUE[code];
    const names = [...`${spec.message} ${spec.hint}`.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    const error = new GatesError(code, Object.fromEntries(names.map((name) => [name, `<${name}>`])));
    expect([1, 2, 3, 4]).toContain(error.exitCode);
    expect(error.hint.length).toBeGreaterThan(10);
    expect(error.message).not.toMatch(/\{\w+\}/);
    const json = error.toJSON();
    expect(validate(json)).toBe(true);
    expect(json.docs).toMatch(/^(https|file):\/\/.+\/docs\/errors\.md#gates_e_[a-z_]+$/);
  });

  test('exit codes follow the documented contract', () => {
    expect(ERROR_CATALOGUE.GATES_E_CONFIG_INVALID.exitCode).toBe(2);
    expect(ERROR_CATALOGUE.GATES_E_NETWORK.exitCode).toBe(3);
    expect(ERROR_CATALOGUE.GATES_E_INTERNAL.exitCode).toBe(4);
    expect(ERROR_CATALOGUE.GATES_E_GATE_FAILED.exitCode).toBe(1);
  });

  test('anything that is not a GatesError becomes an internal error (exit 4) with a one-line message', () => {
    const wrapped = toGatesError(new TypeError("Cannot read properties of undefined (reading 'x')\n    at foo (bar.js:1:1)"));
    expect(wrapped.code).toBe('GATES_E_INTERNAL');
    expect(wrapped.exitCode).toBe(4);
    expect(wrapped.message).toBe("Internal error: TypeError: Cannot read properties of undefined (reading 'x')");
    expect(formatError(wrapped.toJSON())).not.toMatch(/\n\s+at /);
    expect(toGatesError('boom').message).toContain('non-error thrown: boom');
  });

  test('formatError prints located details and the hint', () => {
    const error = new GatesError('GATES_E_CONFIG_INVALID', { file: 'g.yml', count: 1 }, {
      details: [{ message: 'unknown key "fial-on"', location: { file: 'g.yml', line: 3, column: 1 }, hint: 'did you mean "fail-on"?' }],
    });
    expect(formatError(error.toJSON())).toContain('  - g.yml:3:1: unknown key "fial-on" (did you mean "fail-on"?)');
  });
});

describe('docs links follow the gates being run', () => {
  const RUNNER = { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53', GITHUB_WORKSPACE: '/home/runner/work/octo-repo/octo-repo' };

  test('as an action: the action\'s repository and ref, as the runner names them, on the job\'s server', () => {
    const env = { ...RUNNER, GITHUB_ACTION_REPOSITORY: 'acme/gates', GITHUB_ACTION_REF: 'v1.4.0' };
    expect(ruleDocsUrl('pin-check', 'unpinned-uses', env)).toBe('https://github.com/acme/gates/blob/v1.4.0/pin-check/README.md#pin-check-unpinned-uses');
    expect(docsUrl('GATES_E_API_TIMEOUT', env)).toBe('https://github.com/acme/gates/blob/v1.4.0/docs/errors.md#gates_e_api_timeout');
    expect(projectUrl(env)).toBe('https://github.com/acme/gates');
    expect(docsUrl('GATES_E_USAGE', { ...env, GITHUB_SERVER_URL: 'https://ghe.example.com/' })).toBe('https://ghe.example.com/acme/gates/blob/v1.4.0/docs/errors.md#gates_e_usage');
  });

  test('as a local action (`uses: ./pin-check`, no action repository) in a checkout of gates itself: that repository at the commit', () => {
    const env = { ...RUNNER, GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '', GITHUB_WORKSPACE: REPO_ROOT };
    expect(ruleDocsUrl('perf-sla', 'sla-breach', env)).toBe(`https://github.com/octo-org/octo-repo/blob/${RUNNER.GITHUB_SHA}/perf-sla/README.md#perf-sla-sla-breach`);
  });

  test('elsewhere (the CLI, a local action outside the checkout): the README in the gates installation, which exists', () => {
    for (const env of [{}, RUNNER]) {
      const link = ruleDocsUrl('pin-check', 'unpinned-uses', env);
      expect(link).toMatch(/^file:\/\/.+\/pin-check\/README\.md#pin-check-unpinned-uses$/);
      expect(existsSync(fileURLToPath(link.replace(/#.*/, '')))).toBe(true);
    }
    expect(suiteRoot()).toBe(REPO_ROOT);
  });
});

describe('did-you-mean', () => {
  test('levenshtein distances', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
    // A swap of neighbours is one edit, not two.
    expect(levenshtein('jsno', 'json')).toBe(1);
    expect(levenshtein('ca', 'abc')).toBe(3);
  });

  test('suggests close words and nothing for unrelated ones', () => {
    expect(didYouMean('pin-chek', ['pin-check', 'perf-sla', 'rbac-guard'])).toBe('pin-check');
    expect(didYouMean('PIN-CHECK', ['pin-check'])).toBe('pin-check');
    expect(didYouMean('deploy', ['pin-check', 'perf-sla'])).toBeUndefined();
    // Transposed letters in short words (before: distance 2 over a limit of 1, no suggestion).
    expect(didYouMean('jsno', ['json', 'quiet'])).toBe('json');
    expect(didYouMean('rbac-gaurd', ['rbac-guard', 'redact-logs'])).toBe('rbac-guard');
  });
});
