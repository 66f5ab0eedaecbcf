import { expect, test } from '@jest/globals';
import { compileProblem, jsonProblems } from './json-shape.js';

test('a user\'s schema may require what it does not declare; an unknown keyword (a typo that would check nothing) is refused', () => {
  expect(compileProblem({ type: 'object', required: ['ok'] })).toBeUndefined();
  expect(jsonProblems('{"ok": true}', { type: 'object', required: ['ok'] }, 'stdout')).toEqual([]);
  expect(jsonProblems('{}', { type: 'object', required: ['ok'] }, 'stdout')).toEqual(["stdout JSON / must have required property 'ok'"]);
  expect(compileProblem({ type: 'object', requierd: ['ok'] })).toMatch(/unknown keyword: "requierd"/);
});
