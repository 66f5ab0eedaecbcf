/**
 * JUnit reports shaped like jest-junit's (suites per test file, `classname`
 * and `name`, times in seconds with three decimals), for tests and the bench.
 * Durations come from a seeded generator so expected statistics can be
 * computed independently.
 */
export interface GeneratedCase {
  suite: string;
  classname: string;
  name: string;
  seconds: number;
  status: 'passed' | 'failed' | 'skipped';
}

/** A small deterministic PRNG (mulberry32): same seed, same report. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCases(count: number, seed = 1): GeneratedCase[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, index) => {
    const suite = `src/feature-${index % 37}/module-${index % 11}.test.ts`;
    // Log-normal-ish: most tests take milliseconds, a few take seconds.
    const seconds = Math.round(Math.exp(random() * 6 - 5) * 1000) / 1000;
    const roll = random();
    return { suite, classname: `Feature ${index % 37} module ${index % 11}`, name: `case ${index} handles input ${index % 97}`, seconds, status: roll < 0.01 ? 'failed' : roll < 0.03 ? 'skipped' : 'passed' };
  });
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A report whose headers agree with its test cases and whose suites ran one after another (timestamps, suite times): nothing a sanity check would flag. */
export function renderReport(cases: readonly GeneratedCase[]): string {
  const bySuite = new Map<string, GeneratedCase[]>();
  for (const test of cases) bySuite.set(test.suite, [...(bySuite.get(test.suite) ?? []), test]);
  let clock = Date.UTC(2026, 10, 25, 10, 0, 0);
  let total = 0;
  const suites = [...bySuite].map(([suite, tests]) => {
    const body = tests
      .map((test) => {
        const open = `    <testcase classname="${escape(test.classname)}" name="${escape(test.name)}" time="${test.seconds.toFixed(3)}"`;
        if (test.status === 'passed') return `${open}>\n    </testcase>`;
        if (test.status === 'skipped') return `${open}>\n      <skipped/>\n    </testcase>`;
        return `${open}>\n      <failure message="expected 1 to be 2"><![CDATA[Error: expected 1 to be 2\n    at Object.<anonymous> (${suite}:12:5)]]></failure>\n    </testcase>`;
      })
      .join('\n');
    const seconds = tests.reduce((sum, test) => sum + test.seconds, 0);
    const failures = tests.filter((test) => test.status === 'failed').length;
    const skipped = tests.filter((test) => test.status === 'skipped').length;
    const timestamp = new Date(clock).toISOString().slice(0, 19);
    clock += Math.ceil(seconds * 1000);
    total += seconds;
    return `  <testsuite name="${escape(suite)}" errors="0" failures="${failures}" skipped="${skipped}" timestamp="${timestamp}" time="${seconds.toFixed(3)}" tests="${tests.length}">\n${body}\n  </testsuite>`;
  });
  const failures = cases.filter((test) => test.status === 'failed').length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="${cases.length}" failures="${failures}" errors="0" time="${total.toFixed(3)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
