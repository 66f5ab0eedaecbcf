/**
 * The largest of `values`, or `floor` when there is none larger. A loop, not
 * `Math.max(...values)`: spreading passes each value as an argument on the
 * stack, which overflows past ~100k values (scripts/lint-spread.mjs forbids it).
 */
export function largest(values: Iterable<number>, floor: number): number {
  let result = floor;
  for (const value of values) if (value > result) result = value;
  return result;
}
