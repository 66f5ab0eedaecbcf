// Project rules a type checker cannot see. Fails with file:line for each.
//  - only the runner adapter writes to stdout/stderr or uses console in the core and actions;
//  - no module outside the runner adapter imports @actions/core (logic must run under the CLI);
//  - source files stay readable: at most 300 lines;
//  - no spread of a possibly unbounded array into a call, anywhere (lint-spread.mjs).
// `node scripts/lint.mjs --root DIR` lints another tree (the rules' own tests use it).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { unboundedSpreads } from './lint-spread.mjs';

const rootIndex = process.argv.indexOf('--root');
const root = rootIndex > 0 ? resolve(process.argv[rootIndex + 1]) : new URL('..', import.meta.url).pathname;
const MAX_LINES = 300;
const problems = [];

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const sources = [...walk(join(root, 'packages')), ...walk(join(root, 'actions'))];
for (const file of sources) {
  const rel = relative(root, file);
  const lines = readFileSync(file, 'utf8').split('\n');
  const isTest = rel.endsWith('.test.ts');
  const isHost = /^packages\/core\/src\/runner\//.test(rel) || /^packages\/cli\/src\/(cli-io|index)\.ts$/.test(rel) || /^packages\/core\/src\/action\/run-main\.ts$/.test(rel);
  if (lines.length > MAX_LINES) problems.push(`${rel}:${MAX_LINES + 1}: ${lines.length} lines; split it (limit ${MAX_LINES})`);
  lines.forEach((line, index) => {
    if (isTest || isHost) return;
    if (/process\.(stdout|stderr)\.write|console\.(log|error|warn|info)/.test(line)) problems.push(`${rel}:${index + 1}: writes to the terminal directly; go through the Runner`);
    if (/from '@actions\/core'/.test(line)) problems.push(`${rel}:${index + 1}: imports @actions/core; only the runner adapter talks to the runner`);
  });
}
// Spreads are checked everywhere code runs: sources, tests and their harness, benchmarks.
const everywhere = [...sources, ...walk(join(root, 'test')), ...walk(join(root, 'bench'))];
for (const file of everywhere) {
  for (const problem of unboundedSpreads(file, readFileSync(file, 'utf8'))) problems.push(`${relative(root, file)}:${problem.line}: ${problem.message}`);
}
if (problems.length) {
  console.error(`lint: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`lint: ${everywhere.length} files OK`);
