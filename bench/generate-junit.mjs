// A large jest-junit-shaped report written in a stream: `count` test cases in
// suites of 50, log-normal durations, 1% failures with a stack trace in CDATA.
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
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="', String(count), '" failures="0" errors="0" time="1">\n'];
  let bytes = 0;
  let failures = 0;
  const flush = () => {
    const chunk = Buffer.from(parts.join(''));
    writeSync(fd, chunk);
    bytes += chunk.length;
    parts.length = 0;
  };
  for (let index = 0; index < count; index++) {
    if (index % 50 === 0) {
      if (index > 0) parts.push('  </testsuite>\n');
      parts.push(`  <testsuite name="src/feature-${index % 997}/module-${index % 13}.test.ts" errors="0" failures="0" skipped="0" timestamp="2026-11-25T10:00:00" time="1.5" tests="50">\n`);
    }
    const seconds = (Math.exp(random() * 6 - 5)).toFixed(3);
    parts.push(`    <testcase classname="Feature ${index % 997} module ${index % 13} behaves" name="case ${index} handles input ${index % 97}${pad}" time="${seconds}">\n`);
    if (random() < 0.01) {
      failures++;
      parts.push(`      <failure message="expected 1 to be 2"><![CDATA[Error: expected 1 to be 2\n    at Object.<anonymous> (src/feature.test.ts:12:5)]]></failure>\n`);
    }
    parts.push('    </testcase>\n');
    if (parts.length > 20000) flush();
  }
  parts.push('  </testsuite>\n</testsuites>\n');
  flush();
  closeSync(fd);
  return { bytes, cases: count, failures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [path, count, padding] = process.argv.slice(2);
  console.log(JSON.stringify(generateJUnit(path, Number(count), Number(padding ?? 0))));
}
