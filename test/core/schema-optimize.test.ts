import { describe, expect, test } from '@jest/globals';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { CommonJsDefault } from '@gates/core';
import { CONFIG_KINDS } from '../../packages/core/src/config/schemas.js';
import { SCHEMAS } from '../../packages/core/src/config/schema-documents.js';
import { REPO_ROOT } from '../harness/run-bundle.js';

const Ajv2020 = Ajv2020Module as unknown as CommonJsDefault<typeof Ajv2020Module>;
const addFormats = addFormatsModule as unknown as CommonJsDefault<typeof addFormatsModule>;

// The core compiles config schemas with ajv's optimising pass off (schema-validator.ts: it was a third of the
// compile at every action's start). That pass changes how the generated code reads, never what it accepts or what
// it reports: proved here on every config gates ships as an example, and on every way of breaking each of them.

/** The core's options, with the optimising pass on or off. */
function validatorFor(schema: Record<string, unknown>, optimize: boolean) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, code: { optimize } });
  addFormats(ajv);
  return ajv.compile(schema);
}

type Json = unknown;
const REPLACEMENTS: Json[] = [42, -1, 1.5, '', 'x', true, null, [], {}, ['x'], { unknown: 1 }];

/** The document, then each value in it replaced by each replacement, each key or item removed, and an unknown key added to each object. */
function* brokenForms(document: Json, path: (string | number)[] = []): Generator<Json> {
  if (path.length === 0) yield document;
  else {
    for (const value of REPLACEMENTS) yield changed(document, path, (parent, key) => (parent[key] = value));
    yield changed(document, path, (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key]));
  }
  const node = valueAt(document, path);
  if (node === null || typeof node !== 'object') return;
  if (!Array.isArray(node)) yield changed(document, [...path, 'not-a-key'], (parent, key) => (parent[key] = 'x'));
  for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) yield* brokenForms(document, [...path, key]);
}

type Container = Record<string | number, Json>;

function valueAt(document: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((node, key) => (node as Container)[key], document);
}

/** A copy of the document with `change` applied to the last step of `path` in its parent. */
function changed(document: Json, path: (string | number)[], change: (parent: Container, key: string | number) => void): Json {
  const copy = structuredClone(document);
  change(valueAt(copy, path.slice(0, -1)) as Container, path.at(-1)!);
  return copy;
}

const EXAMPLES = [join(REPO_ROOT, 'examples', 'demo-repo', '.github'), join(REPO_ROOT, '.github')];

describe('config schemas compiled without ajv\'s optimising pass', () => {
  const kinds = Object.values(CONFIG_KINDS).filter((kind) => kind.defaultPath);
  test.each(kinds.map((kind) => kind.id))('%s: the same verdict and the same errors, on its examples and every way of breaking them', (id) => {
    const kind = CONFIG_KINDS[id];
    const schema = SCHEMAS[id];
    const optimized = validatorFor(schema, true);
    const plain = validatorFor(schema, false);
    const files = EXAMPLES.map((dir) => join(dir, basename(kind.defaultPath!))).filter((file) => existsSync(file));
    const documents: Json[] = [{}, [], 'version: 1', { version: 1 }, ...files.map((file) => parse(readFileSync(file, 'utf8')) as Json)];
    let compared = 0;
    for (const document of documents) {
      for (const form of brokenForms(document)) {
        const verdict = plain(form);
        expect(verdict).toBe(optimized(form));
        expect(plain.errors ?? null).toEqual(optimized.errors ?? null);
        compared++;
      }
    }
    // Something was broken, not just the examples compared.
    expect(compared).toBeGreaterThan(documents.length);
  });
});
