// A large jest-junit-shaped report written in a stream: `count` test cases in
// suites of 50, log-normal durations, 1% failures with a stack trace in CDATA,
// headers that agree with the cases and suites that ran one after another
// (so perf-sla's header and sanity checks have nothing to say).
// `padding` lengthens each test name (to reach a file size with fewer cases).
// Also a command, for tests that need such a file without loading it:
//   node bench/generate-junit.mjs <path> <count> [padding]  → prints {"bytes","cases","failures"}
import { closeSync, openSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function generateJUnit(path, count, padding = 0) {
  const fd = openSync(path, 'w');
  let state = 12345;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  const pad = padding > 0 ? ` ${'p'.repeat(padding - 1)}` : '';
  // The same draws in the same order as the cases below, so the root header can state the totals first.
  const draws = { seconds: new Float64Array(count), failed: new Uint8Array(count) };
  let failures = 0;
  let total = 0;
  for (let index = 0; index < count; index++) {
    draws.seconds[index] = Number(Math.exp(random() * 6 - 5).toFixed(3));
    draws.failed[index] = random() < 0.01 ? 1 : 0;
    failures += draws.failed[index];
    total += draws.seconds[index];
  }
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="', String(count), `" failures="${failures}" errors="0" time="${total.toFixed(3)}">\n`];
  let bytes = 0;
  const flush = () => {
    const chunk = Buffer.from(parts.join(''));
    writeSync(fd, chunk);
    bytes += chunk.length;
    parts.length = 0;
  };
  let clock = Date.UTC(2026, 10, 25, 10, 0, 0);
  for (let start = 0; start < count; start += 50) {
    const end = Math.min(count, start + 50);
    let suiteSeconds = 0;
    let suiteFailures = 0;
    for (let index = start; index < end; index++) {
      suiteSeconds += draws.seconds[index];
      suiteFailures += draws.failed[index];
    }
    const timestamp = new Date(clock).toISOString().slice(0, 19);
    clock += Math.ceil(suiteSeconds * 1000);
    parts.push(`  <testsuite name="src/feature-${start % 997}/module-${start % 13}.test.ts" errors="0" failures="${suiteFailures}" skipped="0" timestamp="${timestamp}" time="${suiteSeconds.toFixed(3)}" tests="${end - start}">\n`);
    for (let index = start; index < end; index++) {
      parts.push(`    <testcase classname="Feature ${index % 997} module ${index % 13} behaves" name="case ${index} handles input ${index % 97}${pad}" time="${draws.seconds[index].toFixed(3)}">\n`);
      if (draws.failed[index]) parts.push(`      <failure message="expected 1 to be 2"><![CDATA[Error: expected 1 to be 2\n    at Object.<anonymous> (src/feature.test.ts:12:5)]]></failure>\n`);
      parts.push('    </testcase>\n');
    }
    parts.push('  </testsuite>\n');
    if (parts.length > 20000) flush();
  }
  parts.push('</testsuites>\n');
  flush();
  closeSync(fd);
  return { bytes, cases: count, failures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [path, count, padding] = process.argv.slice(2);
  console.log(JSON.stringify(generateJUnit(path, Number(count), Number(padding ?? 0))));
}
