import { describe, expect, test } from '@jest/globals';
import { GatesError } from '../errors/gates-error.js';
import { JsonNumber } from './decimal.js';
import { parseDocument } from './parse-document.js';

const source = (text: string, file?: string) => ({ label: file ? `file ${file}` : 'command render', bytes: Buffer.from(text), ...(file ? { file } : {}) });

async function errorOf(promise: Promise<unknown>): Promise<GatesError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GatesError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('parseDocument', () => {
  test('JSON: a number a double would change keeps its value with numbers: exact, and is a double without', async () => {
    const text = '{"id": 9007199254740993, "n": 1.0}';
    expect(await parseDocument(source(text), { numbers: 'exact' })).toEqual({ id: new JsonNumber('9007199254740993'), n: 1 });
    expect(await parseDocument(source(text))).toEqual({ id: 9007199254740992, n: 1 });
  });

  test('YAML: decimal integers and floats a double would change keep their value with numbers: exact', async () => {
    const text = 'id: 9007199254740993\nsmall: 12\nhex: 0x10\nlist: [18446744073709551615, 1.5, +.5, 5., 007, 0.10000000000000000001]\nshared: &a {n: 9007199254740995}\nagain: *a\n9007199254740997: key\n';
    expect(await parseDocument(source(text), { numbers: 'exact' })).toEqual({
      id: new JsonNumber('9007199254740993'),
      small: 12,
      hex: 16,
      list: [new JsonNumber('18446744073709551615'), 1.5, 0.5, 5, 7, new JsonNumber('0.10000000000000000001')],
      shared: { n: new JsonNumber('9007199254740995') },
      again: { n: new JsonNumber('9007199254740995') },
      '9007199254740997': 'key',
    });
    expect(await parseDocument(source(text))).toMatchObject({ id: 9007199254740992, small: 12 });
    // Number keys equal by value are still one key twice.
    expect((await errorOf(parseDocument(source('1.0: x\n1: y\n'), { numbers: 'exact' }))).code).toBe('GATES_E_DOCUMENT_DUPLICATE_KEY');
  });

  test('YAML: keys that would load as one property are one key twice (no value is lost silently)', async () => {
    // Two JsonNumber keys are two objects: yaml's own `===` test let the second overwrite the first.
    const twice = [
      '9007199254740993: a\n9007199254740993: b\n',
      '9007199254740993: a\n9007199254740993.0: b\n',
      '18446744073709551615: a\n1.8446744073709551615e19: b\n',
      '1: a\n"1": b\n',
      'true: a\n"true": b\n',
      'null: a\n"null": b\n',
      '? 9007199254740993\n: a\n9007199254740993: b\n',
    ];
    for (const text of twice) {
      const error = await errorOf(parseDocument(source(text, 'values.yml'), { numbers: 'exact' }));
      expect([text, error.code, error.location?.line]).toEqual([text, 'GATES_E_DOCUMENT_DUPLICATE_KEY', text.startsWith('?') ? 3 : 2]);
    }
    // Different numbers past 2^53 are different keys; so are a string and a number that load to different names.
    expect(await parseDocument(source('9007199254740993: a\n9007199254740995: b\n"1.0": c\n1: d\n'), { numbers: 'exact' })).toEqual({ '9007199254740993': 'a', '9007199254740995': 'b', '1.0': 'c', '1': 'd' });
  });

  test('JSON: a key twice in one object is GATES_E_DOCUMENT_DUPLICATE_KEY at the second, with file:line:column', async () => {
    const error = await errorOf(parseDocument(source('{\n  "routes": {\n    "home": "/",\n    "home": "/admin"\n  }\n}\n', 'routes.json'), { numbers: 'exact' }));
    expect(error.code).toBe('GATES_E_DOCUMENT_DUPLICATE_KEY');
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('Document file routes.json has the key "home" twice in one object (the second at line 4, column 5); nothing was compared.');
    expect(error.location).toEqual({ file: 'routes.json', line: 4, column: 5 });
    expect(error.hint).toContain('remove or rename one of them');
    // Without numbers: exact too (hydration-check), and for a command's output (no file to point at).
    const fromCommand = await errorOf(parseDocument(source('{"a": 1, "a": 1}')));
    expect(fromCommand.code).toBe('GATES_E_DOCUMENT_DUPLICATE_KEY');
    expect(fromCommand.location).toBeUndefined();
    expect(fromCommand.message).toContain('command render has the key "a" twice');
  });

  test('YAML: a key twice in one mapping is the same error, at the second', async () => {
    const error = await errorOf(parseDocument(source('a: 1\nb:\n  c: 2\n  c: 3\n', 'values.yml')));
    expect(error.code).toBe('GATES_E_DOCUMENT_DUPLICATE_KEY');
    expect(error.location).toEqual({ file: 'values.yml', line: 4, column: 3 });
  });

  test('neither JSON nor YAML: both problems, the JSON one with its line and column', async () => {
    const error = await errorOf(parseDocument(source('{"a": [1,, 2]: x')));
    expect(error.code).toBe('GATES_E_DOCUMENT_INVALID');
    expect(error.message).toContain('neither JSON (a value was expected, found "," at line 1, column 10)');
  });
});
