import { describe, expect, test } from '@jest/globals';
import { GatesError } from '@gates/core';
import { parseConfigText } from '../../packages/core/src/config/parse-document.js';

function failure(text: string, file = 'gates.yml'): GatesError {
  try {
    parseConfigText(text, file);
  } catch (error) {
    return error as GatesError;
  }
  throw new Error('expected a failure');
}

describe('parseConfigText', () => {
  test('records the line and column of every key and value', () => {
    const { value, positions } = parseConfigText('version: 1\npin-check:\n  allow:\n    - uses: actions/*\n', 'g.yml');
    expect(value).toEqual({ version: 1, 'pin-check': { allow: [{ uses: 'actions/*' }] } });
    expect(positions.key.get('/pin-check/allow')).toEqual({ line: 3, column: 3 });
    expect(positions.value.get('/pin-check/allow/0/uses')).toEqual({ line: 4, column: 13 });
  });

  test('duplicate keys are an error at the second key', () => {
    const error = failure('version: 1\nfail-on: error\nfail-on: note\n');
    expect(error.code).toBe('GATES_E_CONFIG_SYNTAX');
    expect(error.details[0]).toMatchObject({ location: { file: 'gates.yml', line: 3, column: 1 } });
    expect(error.details[0]!.message).toContain('DUPLICATE_KEY');
  });

  test('tab indentation is an error with its line', () => {
    const error = failure('version: 1\nannotations:\n\tenabled: true\n');
    expect(error.details[0]!.message).toContain('TAB_AS_INDENT');
    expect(error.details[0]!.location).toMatchObject({ line: 3 });
  });

  test('all syntax problems are reported at once', () => {
    const error = failure('- a\nb: 1\n');
    expect(error.details.length).toBeGreaterThan(1);
  });

  test('an empty or comment-only document is GATES_E_CONFIG_EMPTY', () => {
    expect(failure('# nothing here\n').code).toBe('GATES_E_CONFIG_EMPTY');
  });

  test('a billion-laughs alias bomb is refused instead of expanded', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const error = failure(`${levels.join('\n')}\n`);
    expect(error.code).toBe('GATES_E_CONFIG_SYNTAX');
    expect(error.message).toMatch(/aliases expand to more than 100 nodes/);
  });

  test('JSON syntax errors carry line and column', () => {
    const error = failure('{\n  "version": 1,\n  "fail-on": ,\n}\n', 'g.json');
    expect(error.code).toBe('GATES_E_CONFIG_SYNTAX');
    expect(error.message).toContain('not valid JSON');
    expect(error.location).toMatchObject({ file: 'g.json', line: 3 });
  });

  test('JSON with tabs and duplicate keys: tabs are fine, duplicates are not', () => {
    expect(parseConfigText('{\n\t"version": 1\n}', 'g.json').value).toEqual({ version: 1 });
    expect(failure('{"version": 1, "version": 2}', 'g.json').details[0]!.message).toContain('DUPLICATE_KEY');
  });
});

describe('JSON error positions', () => {
  test.each([
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": \n}', 3, 1],
    ['[1, 2', 1, 6],
    ['{"a": tru}', 1, 7],
    ['{"a": 1} x', 1, 10],
  ])('%j fails at %d:%d', (text, line, column) => {
    try {
      parseConfigText(text, 'x.json');
      throw new Error('expected a failure');
    } catch (error) {
      expect((error as GatesError).location).toEqual({ file: 'x.json', line, column });
    }
  });
});
