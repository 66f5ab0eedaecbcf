/**
 * Two-sided Mann–Whitney U test: are values in `a` systematically larger or
 * smaller than in `b`, without assuming a distribution (test durations are
 * skewed, rarely normal). Normal approximation with tie correction and
 * continuity correction; exact enumeration would matter only below the
 * sample sizes perf-sla requires before it uses the test at all. Pure.
 */
export interface MannWhitneyResult {
  /** U of sample `a`. */
  u: number;
  /** Two-sided p-value. */
  p: number;
}

export function mannWhitney(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return { u: Number.NaN, p: 1 };
  const pooled = [...a.map((value) => ({ value, first: true })), ...b.map((value) => ({ value, first: false }))].sort((x, y) => x.value - y.value);
  const ranks = new Array<number>(pooled.length);
  let tieTerm = 0;
  for (let start = 0; start < pooled.length; ) {
    let end = start;
    while (end + 1 < pooled.length && pooled[end + 1]!.value === pooled[start]!.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let index = start; index <= end; index++) ranks[index] = rank;
    const ties = end - start + 1;
    tieTerm += ties ** 3 - ties;
    start = end + 1;
  }
  let rankSum = 0;
  pooled.forEach((entry, index) => {
    if (entry.first) rankSum += ranks[index]!;
  });
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return { u, p: 1 };
  const z = (Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
  return { u, p: Math.min(1, 2 * (1 - normalCdf(Math.max(0, z)))) };
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erf, error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
