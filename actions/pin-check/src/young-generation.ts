import { setV8Flags, v8Major, type SetFlags } from './v8-flags.js';

/**
 * pin-check's process setup, first part (see process-setup.ts): from here on V8
 * does not grow its young generation.
 *
 * pin-check keeps what it reads until it judges it: the facts of every
 * file, then every finding. V8 sees most young objects survive and doubles
 * the young generation each time (Node 20 up to 32 MB, Node 24 up to 64 MB),
 * and every page of it is touched for the first time: ~10 µs a page fault on
 * a small VM, a tenth of the run on the 1,000-workflow bench (bench/). Kept
 * at its first size, survivors move to the old generation at once and the
 * same young pages are reused. Measured on the bench: peak RSS 91 → 70 MiB,
 * minor faults ~18,000 → ~13,000, wall time −65 ms (Node 20), −45 ms (Node 24).
 * More small collections instead (15,000 workflows: 107 → 1,657 scavenges,
 * 430 → 865 ms of pauses on Node 20), which the faults saved outweigh here.
 *
 * `--semi-space-growth-factor` is read each time V8 grows the space, so
 * setting it at run time works (test/e2e/pin-check-heap.e2e.test.ts checks
 * that, on Node 20 and 24). V8 refuses a factor below 2 on its command line,
 * not at run time; a V8 that also refused it then would only leave pin-check
 * as slow as before. Set only on the V8 versions of Node 20 to 24, where it
 * was measured: a V8 without the flag would print "unrecognized flag" into
 * the step's log on every run.
 */
export function keepYoungGenerationSmall(v8Version = process.versions.v8, setFlags: SetFlags = setV8Flags): void {
  const major = v8Major(v8Version);
  if (major >= 11 && major <= 13) setFlags('--semi-space-growth-factor=1');
}
