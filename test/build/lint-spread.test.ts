import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';

// The project lint (`npm run lint`) run on a tree of its own: every spread of a possibly unbounded array into a call is
// reported at its line, fixed lists are not (V8 overflows the stack past ~100k spread arguments).
const FLAGGED = [
  'const longest = Math.max(0, ...literals.map((literal) => literal.length));',
  'findings.push(...more);',
  'const all = new Set(...groups);',
  'const text = String.fromCharCode(...bytes);',
  'const high = Math.max.apply(null, values);',
  'const low = Reflect.apply(Math.min, undefined, values);',
  'const copy = [...literals].concat(Math.min(...[...literals].map((x) => x.length)));',
  'const fixed = [...literals]; use(...fixed);',
  'use(...text.split(""));',
];
const ALLOWED = [
  "const REFS = ['v4', 'main'] as const; pick(...REFS);",
  'pick(...[1, 2, 3]);',
  "pick(...'abc'.split(''));",
  'const merged = [...a, ...b];',
  'const options = { ...defaults, ...given };',
  'const sum = values.reduce((total, value) => total + value, 0);',
];

function lintTree(lines: string[]): { code: number | null; problems: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'gates-lint-'));
  mkdirSync(join(root, 'actions', 'demo', 'src'), { recursive: true });
  writeFileSync(join(root, 'actions', 'demo', 'src', 'code.ts'), `${lines.join('\n')}\n`);
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'lint.mjs'), '--root', root], { encoding: 'utf8' });
  return { code: run.status, problems: run.stderr.split('\n').filter((line) => line.includes('code.ts:')) };
}

describe('lint: no spread of an unbounded array into a call', () => {
  test('each flagged form is reported at its line with the fix to use', () => {
    const { code, problems } = lintTree(FLAGGED);
    expect(code).toBe(1);
    expect(problems.map((problem) => Number(/code\.ts:(\d+):/.exec(problem)![1]))).toEqual(FLAGGED.map((_line, index) => index + 1));
    expect(problems[0]).toContain('spreads `literals.map((literal) => literal.length)` into a call');
    expect(problems[0]).toContain('use a loop, largest() or concat');
  });

  test('array literals, constant lists of the file, array and object spreads pass', () => {
    expect(lintTree(ALLOWED)).toEqual({ code: 0, problems: [] });
  });
});
