/**
 * The combinations a job's `strategy.matrix` runs, as GitHub computes them:
 * the product of every dimension, `exclude` entries removed (a partial match
 * is enough), then each `include` entry added to every combination whose
 * original values it does not change, or as a combination of its own when it
 * fits none. Values that are expressions (`${{ fromJSON(…) }}`) cannot be
 * known before the run: they stay as Unresolved. Pure.
 */
export class Unresolved {
  constructor(readonly why: string) {}
}

export type Combination = Record<string, unknown>;

/** At most this many combinations are examined (GitHub allows 256 jobs per matrix). */
const MAX_COMBINATIONS = 256;

export function matrixCombinations(matrix: unknown): Combination[] | Unresolved {
  if (typeof matrix === 'string') return new Unresolved(matrix.includes('${{') ? `strategy.matrix is the expression ${matrix.trim()}` : 'strategy.matrix is not a mapping');
  if (!isRecord(matrix)) return new Unresolved('strategy.matrix is not a mapping');
  const dimensions = Object.entries(matrix).filter(([key]) => key !== 'include' && key !== 'exclude');
  let combinations: Combination[] = [{}];
  for (const [key, values] of dimensions) {
    const options = Array.isArray(values) ? values : [new Unresolved(`matrix.${key} is ${typeof values === 'string' ? `the expression ${values.trim()}` : 'not a list'}`)];
    const next: Combination[] = [];
    for (const combination of combinations) for (const value of options) if (next.length < MAX_COMBINATIONS) next.push({ ...combination, [key]: value });
    combinations = next;
  }
  if (dimensions.length === 0) combinations = [];
  const exclude = matrix.exclude;
  if (typeof exclude === 'string') return new Unresolved(`strategy.matrix.exclude is the expression ${exclude.trim()}`);
  for (const entry of Array.isArray(exclude) ? exclude : []) {
    if (!isRecord(entry)) continue;
    combinations = combinations.filter((combination) => !Object.entries(entry).every(([key, value]) => sameValue(combination[key], value)));
  }
  const include = matrix.include;
  if (typeof include === 'string') return new Unresolved(`strategy.matrix.include is the expression ${include.trim()}`);
  const original = new Set(dimensions.map(([key]) => key));
  const originals = combinations.map((combination) => ({ ...combination }));
  for (const entry of Array.isArray(include) ? include : []) {
    if (!isRecord(entry)) continue;
    let added = false;
    combinations.forEach((combination, index) => {
      const fits = Object.entries(entry).every(([key, value]) => !original.has(key) || sameValue(originals[index]![key], value));
      if (!fits) return;
      for (const [key, value] of Object.entries(entry)) if (!original.has(key)) combination[key] = value;
      added = true;
    });
    if (!added && combinations.length < MAX_COMBINATIONS) {
      combinations.push({ ...entry });
      originals.push({ ...entry });
    }
  }
  return combinations.length > 0 ? combinations : [{}];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of parsed YAML values (strings, lists, mappings). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
