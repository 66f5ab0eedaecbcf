import { describe, expect, test } from '@jest/globals';
import { GatesError, type Json } from '@gates/core';
import { checkDepth, MAX_DEPTH, mergeLayers, type JsonMap } from './merge-layers.js';

const layers = (...documents: JsonMap[]) => documents.map((document, index) => ({ file: `layer-${index}.yml`, document }));

describe('mergeLayers: layers in, resolved document out', () => {
  test('maps merge key by key in layer order; a later layer wins', () => {
    const base = { app: { name: 'shop', port: 8080, log: { level: 'info', json: true } }, region: 'none' };
    const env = { app: { port: 80, log: { level: 'warn' } } };
    const region = { region: 'eu', app: { log: { json: false } } };
    expect(mergeLayers(layers(base, env, region))).toEqual({ app: { name: 'shop', port: 80, log: { level: 'warn', json: false } }, region: 'eu' });
  });

  test('arrays replace whole, never concatenate or merge by index', () => {
    expect(mergeLayers(layers({ hosts: ['a', 'b', 'c'] }, { hosts: ['z'] }))).toEqual({ hosts: ['z'] });
  });

  test('a scalar over a map and a map over a scalar replace it whole', () => {
    expect(mergeLayers(layers({ db: { host: 'h', port: 1 } }, { db: 'sqlite://mem' }))).toEqual({ db: 'sqlite://mem' });
    expect(mergeLayers(layers({ db: 'sqlite://mem' }, { db: { host: 'h' } }))).toEqual({ db: { host: 'h' } });
  });

  test('null deletes a key, at any depth; a null over nothing leaves nothing', () => {
    const base = { cache: { ttl: 60, size: 10 }, debug: true };
    expect(mergeLayers(layers(base, { cache: { size: null }, debug: null, extra: { gone: null } }))).toEqual({ cache: { ttl: 60 }, extra: {} });
  });

  test('pure: no layer is changed by the merge', () => {
    const base = { a: { b: 1 } };
    const overlay = { a: { c: 2, d: null } };
    const before = JSON.stringify([base, overlay]);
    mergeLayers(layers(base, overlay));
    expect(JSON.stringify([base, overlay])).toBe(before);
  });

  test('__proto__ from a layer is a key like any other, never the prototype of the result', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') as JsonMap;
    const merged = mergeLayers(layers({ a: 1 }, hostile));
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['a', '__proto__', 'ok']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('no layers resolve to an empty document', () => {
    expect(mergeLayers([])).toEqual({});
  });
});

describe('checkDepth', () => {
  const nested = (depth: number): Json => {
    let value: Json = 'leaf';
    for (let level = 0; level < depth; level++) value = { k: value };
    return value;
  };

  test(`accepts ${MAX_DEPTH} levels and refuses one more (exit 2), without recursion`, () => {
    expect(() => checkDepth(nested(MAX_DEPTH), 'file a.yml')).not.toThrow();
    let error: unknown;
    try {
      checkDepth(nested(MAX_DEPTH + 1), 'file a.yml');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toMatchObject({ code: 'GATES_E_DOCUMENT_INVALID', exitCode: 2, message: expect.stringContaining('nested deeper than 64') });
    expect(() => checkDepth(nested(100_000), 'file a.yml')).toThrow(GatesError);
  });
});
