import { WorkflowRunnerError } from './errors.js';
import type { Plain } from './expressions/expression-data.js';

export type Combination = Record<string, Plain>;

const same = (a: Plain | undefined, b: Plain | undefined) => JSON.stringify(a) === JSON.stringify(b);

function matches(combination: Combination, partial: Combination): boolean {
  return Object.entries(partial).every(([key, value]) => same(combination[key], value));
}

/**
 * `strategy.matrix` expanded as GitHub documents it: the product of the
 * vectors in key order, minus each `exclude` (a partial match removes the
 * combination), then each `include` entry merged into every combination whose
 * original values it does not overwrite (values added by an include may be
 * overwritten), or appended as a combination of its own when it fits none.
 */
export function expandMatrix(matrix: Plain, where: string): Combination[] {
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) {
    throw new WorkflowRunnerError('invalid', `${where}: strategy.matrix must be a mapping`);
  }
  const { include = [], exclude = [], ...vectors } = matrix;
  if (!Array.isArray(include) || !Array.isArray(exclude)) throw new WorkflowRunnerError('invalid', `${where}: matrix include and exclude must be lists`);
  let product: Combination[] = Object.keys(vectors).length === 0 ? [] : [{}];
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values)) throw new WorkflowRunnerError('invalid', `${where}: matrix.${key} must be a list`);
    product = product.flatMap((combination) => values.map((value) => ({ ...combination, [key]: value })));
  }
  product = product.filter((combination) => !exclude.some((partial) => matches(combination, partial as Combination)));

  const originals = product.map((combination) => ({ values: combination, originalKeys: new Set(Object.keys(combination)) }));
  const extra: Combination[] = [];
  for (const entry of include as Combination[]) {
    let merged = false;
    for (const item of originals) {
      const overwritesOriginal = Object.entries(entry).some(([key, value]) => item.originalKeys.has(key) && !same(item.values[key], value));
      if (overwritesOriginal) continue;
      item.values = { ...item.values, ...entry };
      merged = true;
    }
    if (!merged) extra.push({ ...entry });
  }
  const combinations = [...originals.map((item) => item.values), ...extra];
  if (combinations.length === 0) throw new WorkflowRunnerError('invalid', `${where}: the matrix has no combinations`);
  if (combinations.length > 256) throw new WorkflowRunnerError('invalid', `${where}: a matrix may have at most 256 combinations (${combinations.length})`);
  return combinations;
}

/** A matrix job's display name as GitHub shows it: `build (18, ubuntu)`. */
export function matrixJobName(name: string, combination: Combination): string {
  const values = Object.values(combination).map((value) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)));
  return values.length ? `${name} (${values.join(', ')})` : name;
}
