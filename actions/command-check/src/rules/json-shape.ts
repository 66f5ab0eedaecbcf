// The core's schema validator (ajv, draft 2020-12), loaded only when a case expects JSON: it is the heaviest module.
import { validateAgainstSchema } from '../../../../packages/core/src/config/schema-validator.js';

/** Why a JSON Schema from the table cannot be compiled (unknown keywords are refused, as in the suite's own schemas), or undefined. */
export function compileProblem(schema: Record<string, unknown>): string | undefined {
  try {
    validateAgainstSchema(null, schema, 'output');
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
  return validateAgainstSchema(value, schema, stream).map((problem) => `${stream} JSON ${problem.message}`);
}
