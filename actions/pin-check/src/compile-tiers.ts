import { setFlagsFromString } from 'node:v8';

/**
 * pin-check's process setup, third part (see process-setup.ts): V8's top
 * compiler tier, TurboFan, waits until a run is long enough to pay it back.
 *
 * A check of a typical repository is over in well under a second. In that
 * time V8 starts optimising dozens of functions with TurboFan on its worker
 * threads, and most of that code arrives when the work it was for is done:
 * on the 1,000-workflow bench (Node 24) the workers spent ~350 ms of CPU
 * beside the main thread's ~480, on a two-core machine the main thread then
 * waited 40–80 ms for a core, and the main thread's own time was the same
 * with TurboFan off (Maglev, the tier below it, optimises the hot code
 * sooner and for less). Without TurboFan: workers ~180 ms, wall time −60 ms.
 * On larger repositories TurboFan pays back, first in main-thread time (what
 * a machine with cores to spare pays), then in wall time here (bench/;
 * generated corpora, medians, ms with TurboFan against without): 2,400
 * files, wall 725 against 672 but main thread 650 against 678; 3,400 files
 * 940 against 925 and 866 against 876; 5,400 files about 1,270 against
 * 1,300; 15,400 files 2,980 against 3,225. So it is held back at the start
 * and let go when the repository has more than LONG_RUN_FILES files to read.
 *
 * Only on V8 13 (Node 24, what the action declares), where this was
 * measured and where Maglev is on: without Maglev (Node 20) the code would
 * stay unoptimised, the main thread twice as slow. The flag is read each time
 * V8 decides to optimise, so setting it at run time works, both ways
 * (test/e2e/pin-check-tiers.e2e.test.ts checks it in the bundle's process).
 */

/** Files to read above which TurboFan is let go: where its cost on the main thread starts to show (2,400 files: +28 ms). */
export const LONG_RUN_FILES = 2000;

const holdsTurbofanBack = (v8Version: string) => Number(v8Version.split('.')[0]) === 13;

export function holdBackTurbofan(v8Version = process.versions.v8, setFlags: (flags: string) => void = setFlagsFromString): void {
  if (holdsTurbofanBack(v8Version)) setFlags('--no-turbofan');
}

/** Told how many files the run will read; a long run gets TurboFan back. Default as it is anywhere it was not held back. */
export function turbofanForLongRuns(filesToRead: number, v8Version = process.versions.v8, setFlags: (flags: string) => void = setFlagsFromString): void {
  if (holdsTurbofanBack(v8Version) && filesToRead > LONG_RUN_FILES) setFlags('--turbofan');
}
