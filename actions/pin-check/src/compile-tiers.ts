import { setV8Flags, v8Major, type SetFlags } from './v8-flags.js';

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
 *
 * On larger repositories TurboFan pays back, first in main-thread time (what
 * a machine with cores to spare pays), then in wall time on two cores
 * (bench/; generated corpora, medians, ms with TurboFan against without):
 * 8.5 MB of files, wall 725 against 672 but main thread 650 against 678;
 * 12 MB, 940 against 925 and 866 against 876; 19.5 MB, about 1,270 against
 * 1,300; 85 MB, 2,980 against 3,225. So it is held back at the start and let
 * go once the run has read LONG_RUN_CHARACTERS of text. Text read, not files
 * listed: forty huge scripts make a long run, three thousand tiny files a
 * short one (a fresh-eyes review measured both the other way round).
 *
 * Only on V8 13 (Node 24, what the action declares), where this was
 * measured and where Maglev is on: without Maglev (Node 20) the code would
 * stay unoptimised, the main thread twice as slow. Never where the process
 * was started with its own choice of tiers (`--jitless`, `--no-opt`,
 * `--max-opt`, …): turning TurboFan on in a jitless V8 crashes it. The flag
 * is read each time V8 decides to optimise, so setting it at run time works,
 * both ways (test/e2e/pin-check-tiers.e2e.test.ts checks it in the bundle's
 * process).
 */

/** Text read after which TurboFan is let go: about where its absence starts to cost the main thread (above). */
export const LONG_RUN_CHARACTERS = 6 * 1024 * 1024;

/** Node and V8 options that choose compiler tiers; `_` and `-` are the same in V8's flags. */
const TIER_OPTION = /^--(no-)?(jitless|turbofan|opt|maglev|max-opt|always-turbofan|always-opt|sparkplug|always-sparkplug|lite-mode|max-lazy)(=|$)/;

/** The options the process was started with: its command line and NODE_OPTIONS. */
export function startOptions(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  return [...execArgv, ...nodeOptions.split(/\s+/)].filter(Boolean).map((option) => option.replace(/_/g, '-'));
}

export class TurbofanHold {
  private held = false;

  constructor(private readonly setFlags: SetFlags = setV8Flags) {}

  /** At start: held back on V8 13 unless the process chose its tiers itself. */
  holdBack(v8Version = process.versions.v8, options: readonly string[] = startOptions()): void {
    if (v8Major(v8Version) !== 13 || options.some((option) => TIER_OPTION.test(option))) return;
    this.setFlags('--no-turbofan');
    this.held = true;
  }

  /** A reader's progress, told each file's length: lets TurboFan go once the run is long. Nothing if not held back. */
  letGoOnLongRun(): (characters: number) => void {
    let read = 0;
    return (characters) => {
      if (!this.held) return;
      read += characters;
      if (read <= LONG_RUN_CHARACTERS) return;
      this.setFlags('--turbofan');
      this.held = false;
    };
  }
}

/** The process's one hold: set by process setup, let go by the reading it is for. */
export const turbofanHold = new TurbofanHold();
