import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { CommonJsDefault } from '@gates/core';

// ajv is CommonJS; under NodeNext its default export arrives as module.exports (as in the core's schema validator).
const Ajv2020 = Ajv2020Module as unknown as CommonJsDefault<typeof Ajv2020Module>;
const addFormats = addFormatsModule as unknown as CommonJsDefault<typeof addFormatsModule>;

/**
 * A table's JSON Schemas are the user's: an unknown keyword is refused (a
 * typo would check nothing), but what the suite's own schemas must also
 * satisfy (every required property declared, types spelled out) is not
 * asked of them. Loaded only when a case expects JSON: ajv is heavy.
 */
const compiled = new WeakMap<object, ValidateFunction>();

function compile(schema: Record<string, unknown>): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strictSchema: true, strictRequired: false, strictTypes: false, strictTuples: false, allowUnionTypes: true, logger: false });
    addFormats(ajv);
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Why a JSON Schema from the table cannot be used, or undefined. */
export function compileProblem(schema: Record<string, unknown>): string | undefined {
  try {
    compile(schema);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The problems of an output against a case's `json` expectation: not JSON at all, or each place it breaks the schema. */
export function jsonProblems(text: string, schema: Record<string, unknown> | boolean, stream: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [`${stream} is not JSON (${error instanceof Error ? error.message : String(error)})`];
  }
  if (schema === true) return [];
  if (schema === false) return [`${stream} is JSON, and the table says it must not be`];
  const validate = compile(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${stream} JSON ${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
