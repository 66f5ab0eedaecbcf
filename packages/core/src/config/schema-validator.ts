import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ErrorDetail } from '../errors/gates-error.js';
import { didYouMean } from '../text/did-you-mean.js';
import { escapePointerSegment, type PositionMap } from './parse-document.js';
import type { CommonJsDefault } from './commonjs-default.js';

// ajv is CommonJS; under NodeNext its default export arrives as module.exports.
const Ajv2020 = Ajv2020Module as unknown as CommonJsDefault<typeof Ajv2020Module>;
const addFormats = addFormatsModule as unknown as CommonJsDefault<typeof addFormatsModule>;

const compiled = new WeakMap<object, ValidateFunction>();

function compile(schema: Record<string, unknown>): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    // optimize: false: ajv's optimising pass over the generated code took a third of the compile (60 of 160 ms
    // for the rbac schema), at every run of every action with a config file; it changes how the code reads, not what
    // it accepts or the errors it reports, and a config is validated once.
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, code: { optimize: false } });
    addFormats(ajv);
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/**
 * Validates data against a JSON Schema and returns every problem, each located
 * at its file:line:column through the position map. Unknown keys get a
 * did-you-mean from the properties the schema allows there.
 */
export function validateAgainstSchema(
  data: unknown,
  schema: Record<string, unknown>,
  file: string,
  positions?: PositionMap,
): ErrorDetail[] {
  const validate = compile(schema);
  if (validate(data)) return [];
  return dedupe((validate.errors ?? []).map((error) => describe(error, file, positions)));
}

function describe(error: ErrorObject, file: string, positions?: PositionMap): ErrorDetail {
  const path = error.instancePath || '/';
  if (error.keyword === 'additionalProperty' || error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty);
    const pointer = `${error.instancePath}/${escapePointerSegment(key)}`;
    const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
    const guess = didYouMean(key, allowed);
    return {
      message: `unknown key "${key}" in ${path}`,
      location: locate(pointer, file, positions, 'key'),
      hint: guess ? `did you mean "${guess}"?` : allowed.length ? `allowed keys: ${allowed.join(', ')}` : undefined,
    };
  }
  let message = `${path} ${error.message ?? 'is invalid'}`;
  if (error.keyword === 'enum') message += `: ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'const') message += `: ${JSON.stringify(error.params.allowedValue)}`;
  if (error.keyword === 'required') {
    message = `${path} is missing required key "${String(error.params.missingProperty)}"`;
  }
  return { message, location: locate(error.instancePath, file, positions, 'value') };
}

function locate(pointer: string, file: string, positions: PositionMap | undefined, prefer: 'key' | 'value') {
  const position =
    prefer === 'key'
      ? positions?.key.get(pointer) ?? positions?.value.get(pointer)
      : positions?.value.get(pointer) ?? positions?.key.get(pointer);
  return position ? { file, line: position.line, column: position.column } : { file };
}

function dedupe(details: ErrorDetail[]): ErrorDetail[] {
  const seen = new Set<string>();
  return details.filter((detail) => {
    const key = `${detail.location?.line}:${detail.location?.column}:${detail.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
