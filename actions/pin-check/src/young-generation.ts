import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by the bundle's entry (index.ts), for its effect: from here
 * on V8 does not grow its young generation.
 *
 * pin-check keeps what it reads until it judges it: the facts of every
 * file, then every finding. V8 sees most young objects survive and doubles
 * the young generation each time (Node 20 up to 32 MB, Node 24 up to 64 MB),
 * and every page of it is touched for the first time: ~10 µs a page fault on
 * a small VM, a tenth of the run on the 1,000-workflow bench (bench/). Kept
 * at its first size, survivors move to the old generation at once and the
 * same young pages are reused. Measured: peak RSS 91 → 70 MiB, minor faults
 * ~18,000 → ~13,000, wall time −65 ms (Node 20) and −45 ms (Node 24).
 *
 * `--semi-space-growth-factor` is read each time V8 grows the space, so
 * setting it at run time works (test/e2e/pin-check-heap.e2e.test.ts checks
 * that on every Node this suite runs on); a Node whose V8 dropped the flag
 * would ignore it, and pin-check would only be as slow as before.
 */
setFlagsFromString('--semi-space-growth-factor=1');
