import { largest } from '@gates/core';
import { formatSeconds } from '../report/format-seconds.js';
import type { TimeUnit } from './junit-reader.js';
import { XmlScanner, type Attributes, type XmlHandler } from './xml-scanner.js';

/** The `time-unit` setting: a unit, or `auto` (read it from the file's own evidence). */
export type UnitSetting = TimeUnit | 'auto';

export interface UnitDecision {
  unit: TimeUnit;
  /** Why, when the unit was inferred as something else than seconds. */
  reason?: string;
}

/** The longest median test and the longest single test that seconds may plausibly describe. */
const PLAUSIBLE_MEDIAN_SECONDS = 600;
const PLAUSIBLE_MAX_SECONDS = 86_400;
/** Suites' own times in seconds against integer case times: ×1000 is milliseconds, ×10^9 nanoseconds (parallel workers add at most a small factor). */
const MS_RATIO = 100;
const NS_RATIO = 1e7;
const SAMPLE = 10_000;

/**
 * Evidence about the unit of a JUnit file's `time` attributes, gathered from
 * its first read (1 MiB): whether every time is a whole number, how large
 * they are, and how a suite's own time compares with its tests' sum.
 */
export class TimeEvidence implements XmlHandler {
  readonly values: number[] = [];
  integerOnly = true;
  readonly ratios: number[] = [];
  private readonly suites: { time: number | undefined; fractional: boolean; sum: number }[] = [];

  wants(name: string): boolean {
    return name === 'testcase' || name === 'testsuite' || name === 'testsuites';
  }

  open(name: string, attributes: Attributes | undefined): void {
    const raw = attributes?.get('time')?.trim();
    const value = raw === undefined || raw === '' ? undefined : Number(raw.replace(',', '.'));
    if (name !== 'testcase') {
      this.suites.push({ time: value, fractional: raw !== undefined && /[.,eE]/.test(raw), sum: 0 });
      return;
    }
    if (value === undefined || !Number.isFinite(value)) return;
    if (/[.,eE]/.test(raw!)) this.integerOnly = false;
    if (this.values.length < SAMPLE) this.values.push(value);
    for (const suite of this.suites) suite.sum += value;
  }

  close(name: string): void {
    if (name === 'testcase') return;
    const suite = this.suites.pop();
    if (suite?.fractional && suite.time! > 0 && suite.sum > 0) this.ratios.push(suite.sum / suite.time!);
  }
}

/** Gathers evidence from a file's first bytes; a malformed head just gives less evidence (the real read reports it). */
export function gatherEvidence(head: Buffer): TimeEvidence {
  const evidence = new TimeEvidence();
  try {
    new XmlScanner(evidence).push(head);
  } catch {
    // The reader that follows reports the error where it is.
  }
  return evidence;
}

/**
 * The unit of a JUnit file under `time-unit: auto`. Times with decimals are
 * seconds (producers that write ms or ns write whole numbers). When every
 * time is whole: a suite whose own time has decimals and is a thousandth
 * (or a billionth) of its tests' sum says milliseconds (or nanoseconds);
 * otherwise the coarsest unit in which the median test takes at most 10
 * minutes and none more than a day. Pure.
 */
export function decideUnit(evidence: Pick<TimeEvidence, 'values' | 'integerOnly' | 'ratios'>): UnitDecision {
  if (!evidence.integerOnly || evidence.values.length === 0) return { unit: 's' };
  if (evidence.ratios.length > 0) {
    const ratio = median(evidence.ratios);
    if (ratio >= NS_RATIO) return { unit: 'ns', reason: `the suites' own times (in seconds, with decimals) are about ${Math.round(ratio / 1e9)} billionth(s) of the sum of their tests' whole-number times` };
    if (ratio >= MS_RATIO) return { unit: 'ms', reason: `the suites' own times (in seconds, with decimals) are about ${Math.round(ratio / 1000)} thousandth(s) of the sum of their tests' whole-number times` };
  }
  const nonzero = evidence.values.filter((value) => value > 0);
  if (nonzero.length === 0) return { unit: 's' };
  const middle = median(nonzero);
  const longest = largest(nonzero, 0);
  const plausible = (scale: number) => middle * scale <= PLAUSIBLE_MEDIAN_SECONDS && longest * scale <= PLAUSIBLE_MAX_SECONDS;
  if (plausible(1)) return { unit: 's' };
  const why = `every time is a whole number, and in seconds the median test would take ${formatSeconds(middle)} and the longest ${formatSeconds(longest)}`;
  if (plausible(1e-3)) return { unit: 'ms', reason: why };
  return { unit: 'ns', reason: why };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
