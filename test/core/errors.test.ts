import { describe, expect, test } from '@jest/globals';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import errorSchema from '../../schemas/error.schema.json' with { type: 'json' };
import { didYouMean, ERROR_CATALOGUE, formatError, GatesError, levenshtein, toGatesError, type ErrorCode } from '@gates/core';

const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

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
    expect(json.docs).toMatch(/^https:\/\/.+#gates_e_[a-z_]+$/);
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

describe('did-you-mean', () => {
  test('levenshtein distances', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });

  test('suggests close words and nothing for unrelated ones', () => {
    expect(didYouMean('pin-chek', ['pin-check', 'perf-sla', 'rbac-guard'])).toBe('pin-check');
    expect(didYouMean('PIN-CHECK', ['pin-check'])).toBe('pin-check');
    expect(didYouMean('deploy', ['pin-check', 'perf-sla'])).toBeUndefined();
  });
});
