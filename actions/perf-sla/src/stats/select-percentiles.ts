/**
 * Percentiles by selection instead of a full sort: each requested rank is
 * placed with quickselect (Hoare partitioning, median-of-three pivots), and
 * later ranks only search the part to the right of earlier ones, so the four
 * percentiles of 1.8M durations cost a few passes, not n log n. Linear
 * interpolation between closest ranks ("R-7", NumPy's default), the same
 * values as interpolating over the sorted durations. Reorders `values` in place. Pure.
 */
export function selectPercentiles(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => Number.NaN);
  const order = ps.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const result = new Array<number>(ps.length);
  let from = 0;
  for (const { p, index } of order) {
    const rank = (p / 100) * (n - 1);
    const low = Math.floor(rank);
    select(values, low, from, n - 1);
    const lowValue = values[low]!;
    // After selecting `low`, everything right of it is >= it: the next rank is that part's minimum.
    let highValue = lowValue;
    if (rank > low) {
      highValue = Number.POSITIVE_INFINITY;
      for (let at = low + 1; at < n; at++) if (values[at]! < highValue) highValue = values[at]!;
    }
    result[index] = lowValue + (highValue - lowValue) * (rank - low);
    from = low;
  }
  return result;
}

/** Puts the k-th smallest of values[left..right] at index k, smaller ones left of it, larger right. */
function select(values: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const middle = (left + right) >>> 1;
    // Median of three as the pivot: sorted or reversed input stays linear.
    if (values[middle]! < values[left]!) swap(values, middle, left);
    if (values[right]! < values[left]!) swap(values, right, left);
    if (values[right]! < values[middle]!) swap(values, right, middle);
    const pivot = values[middle]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(values: Float64Array, a: number, b: number): void {
  const held = values[a]!;
  values[a] = values[b]!;
  values[b] = held;
}
