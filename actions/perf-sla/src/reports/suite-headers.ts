import type { TestStatus } from './test-case.js';
import type { Attributes } from './xml-scanner.js';

/** Counts of test records by result: what a suite's header claims, or what its elements hold. */
export interface SuiteCounts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

/** A suite whose header and elements disagree. */
export interface HeaderMismatch {
  suite: string;
  /** Byte offset of the suite's start tag. */
  offset: number;
  /** Only the counts the header states. */
  header: Partial<SuiteCounts>;
  found: SuiteCounts;
}

/** What the headers of one report said, against what its elements hold. */
export interface HeaderCheck {
  /** Suites whose stated counts disagree with their test records. */
  mismatches: number;
  first?: HeaderMismatch;
  /** Suites that state counts but hold no test record at all (results the file does not contain). */
  headerOnly: HeaderMismatch[];
  headerOnlyCount: number;
}

const LISTED = 20;

interface Frame {
  name: string;
  offset: number;
  header: Partial<SuiteCounts> | undefined;
  found: SuiteCounts;
  failuresIncludeErrors: boolean;
}

/**
 * Header counts (`tests`, `failures`, `errors`, `skipped` + `disabled`) of
 * each suite element against the test records in it, nested suites included,
 * as the elements stream by. The counts compared are records (attempts): a
 * header counts the elements its producer wrote, retries or not. Pure.
 */
export class SuiteHeaders {
  readonly check: HeaderCheck = { mismatches: 0, headerOnly: [], headerOnlyCount: 0 };
  private readonly frames: Frame[] = [];

  open(name: string, attributes: Attributes | undefined, offset: number, names: HeaderNames = JUNIT_HEADER): void {
    const header = attributes ? statedCounts(attributes, names) : undefined;
    this.frames.push({ name, offset, header, found: { tests: 0, failures: 0, errors: 0, skipped: 0 }, failuresIncludeErrors: names.failuresIncludeErrors === true });
  }

  /** A test record inside the innermost open suite. */
  count(status: TestStatus): void {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) return;
    frame.found.tests++;
    if (status === 'failed') frame.found.failures++;
    else if (status === 'error') frame.found.errors++;
    else if (status === 'skipped') frame.found.skipped++;
  }

  /** Records counted elsewhere (formats whose counts come before or after their tests). */
  add(counts: SuiteCounts): void {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) return;
    frame.found.tests += counts.tests;
    frame.found.failures += counts.failures;
    frame.found.errors += counts.errors;
    frame.found.skipped += counts.skipped;
  }

  close(): void {
    const frame = this.frames.pop();
    if (!frame) return;
    const parent = this.frames[this.frames.length - 1];
    if (parent) {
      parent.found.tests += frame.found.tests;
      parent.found.failures += frame.found.failures;
      parent.found.errors += frame.found.errors;
      parent.found.skipped += frame.found.skipped;
    }
    const header = frame.header;
    if (!header) return;
    // Field by field, no allocation: this runs for every suite of a report.
    const found = frame.failuresIncludeErrors ? { ...frame.found, failures: frame.found.failures + frame.found.errors, errors: 0 } : frame.found;
    const { tests, failures, errors, skipped } = header;
    if (tests === undefined && failures === undefined && errors === undefined && skipped === undefined) return;
    if (found.tests === 0 && ((tests ?? 0) > 0 || (failures ?? 0) > 0 || (errors ?? 0) > 0 || (skipped ?? 0) > 0)) {
      this.check.headerOnlyCount++;
      if (this.check.headerOnly.length < LISTED) this.check.headerOnly.push({ suite: frame.name, offset: frame.offset, header, found });
      return;
    }
    const differs = (tests !== undefined && tests !== found.tests) || (failures !== undefined && failures !== found.failures) || (errors !== undefined && errors !== found.errors) || (skipped !== undefined && skipped !== found.skipped);
    if (differs) {
      this.check.mismatches++;
      this.check.first ??= { suite: frame.name, offset: frame.offset, header, found };
    }
  }
}

/** Which attributes hold the counts, per format; `skipped` may be the sum of several (JUnit's `skipped` and `disabled`). */
export interface HeaderNames {
  tests: string;
  failures: string;
  errors?: string;
  skipped: string[];
  /** NUnit's `failed` counts errors too. */
  failuresIncludeErrors?: boolean;
}

export const JUNIT_HEADER: HeaderNames = { tests: 'tests', failures: 'failures', errors: 'errors', skipped: ['skipped', 'disabled'] };

function statedCounts(attributes: Attributes, names: HeaderNames): Partial<SuiteCounts> {
  const counts: Partial<SuiteCounts> = {};
  const tests = attributes.number(names.tests);
  if (tests !== undefined) counts.tests = tests;
  const failures = attributes.number(names.failures);
  if (failures !== undefined) counts.failures = failures;
  const errors = names.errors ? attributes.number(names.errors) : undefined;
  if (errors !== undefined) counts.errors = errors;
  let skipped: number | undefined;
  for (const name of names.skipped) {
    const value = attributes.number(name);
    if (value !== undefined) skipped = (skipped ?? 0) + value;
  }
  if (skipped !== undefined) counts.skipped = skipped;
  return counts;
}

/** "tests 15, found 10; failures 0, found 1": the counts that differ, or all stated ones. */
export function describeCounts(mismatch: HeaderMismatch): string {
  const stated = Object.entries(mismatch.header) as [keyof SuiteCounts, number][];
  const differing = stated.filter(([key, value]) => mismatch.found[key] !== value);
  return (differing.length > 0 ? differing : stated).map(([key, value]) => `${key}=${value} in the header, ${mismatch.found[key]} found`).join('; ');
}
