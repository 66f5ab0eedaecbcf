/** Median of values (not necessarily sorted). NaN for none. Pure. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Scale that makes the MAD estimate the standard deviation of normally distributed data. */
export const MAD_TO_SIGMA = 1.4826;

/** Median absolute deviation, scaled to estimate σ: robust to the odd very slow run that a standard deviation would chase. Pure. */
export function mad(values: readonly number[]): number {
  const center = median(values);
  return median(values.map((value) => Math.abs(value - center))) * MAD_TO_SIGMA;
}
