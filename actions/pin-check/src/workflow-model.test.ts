import { describe, expect, test } from '@jest/globals';
import { own, parseWorkflowFacts } from './workflow-model.js';

const WORKFLOW = [
  'on: push',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    container: node:20',
  '    services:',
  '      db:',
  '        image: postgres:16',
  '    steps:',
  '      - uses: actions/checkout@v4  # v4.2.2',
  "      - uses: 'actions/setup-node@v4'",
  '      - run: npm ci',
  '      - run: |',
  '          npm test',
  '          npm run lint',
  '',
].join('\n');

describe('parseWorkflowFacts', () => {
  const facts = parseWorkflowFacts('.github/workflows/ci.yml', WORKFLOW, 'workflow');

  test('each uses: with its position, comment and the rest of its line', () => {
    expect(facts.uses.map(({ value, line, column, comment, trailing }) => ({ value, line, column, comment, trailing }))).toEqual([
      { value: 'actions/checkout@v4', line: 10, column: 15, comment: 'v4.2.2', trailing: '  # v4.2.2' },
      { value: 'actions/setup-node@v4', line: 11, column: 15, comment: undefined, trailing: '' },
    ]);
  });

  test('the text as written is kept only where it differs from the value (quoted here)', () => {
    expect(facts.uses[0]!.raw).toBeUndefined();
    expect(facts.uses[1]!.raw).toBe("'actions/setup-node@v4'");
    expect(WORKFLOW.slice(facts.uses[1]!.start, facts.uses[1]!.end)).toBe("'actions/setup-node@v4'");
  });

  test('run scripts, with the line their first command is on (block scalars start below the key)', () => {
    expect(facts.runs.map(({ script, line, firstScriptLine }) => ({ script, line, firstScriptLine }))).toEqual([
      { script: 'npm ci', line: 12, firstScriptLine: 12 },
      { script: 'npm test\nnpm run lint\n', line: 13, firstScriptLine: 14 },
    ]);
  });

  test('job container and service images with where they were declared', () => {
    expect(facts.images).toEqual([
      { image: 'node:20', where: 'container', line: 5, column: 16 },
      { image: 'postgres:16', where: 'services.db', line: 8, column: 16 },
    ]);
  });

  test('a comment is its text after `#` up to the trailing spaces, at the offset of that text', () => {
    const comments = ['  # v4.2.2  ', ' #v1', '  #   ', ' # a  b\t', '#not-a-comment'].map((rest) => parseWorkflowFacts('w.yml', `jobs:\n  a:\n    steps:\n      - uses: a/b@v1${rest}\n`, 'workflow').uses[0]);
    expect(comments.map((uses) => [uses?.comment, uses?.commentStart])).toEqual([
      ['v4.2.2', 46],
      ['v1', 44],
      ['', 48],
      ['a  b', 45],
      [undefined, undefined],
    ]);
  });

  test('a comment with a long run of spaces inside is read in linear time (no backtracking pattern)', () => {
    // `(.*?)\s*$` tried every split of the run: 200,000 spaces took about a minute, a megabyte hours.
    const started = performance.now();
    const [uses] = parseWorkflowFacts('w.yml', `jobs:\n  a:\n    steps:\n      - uses: a/b@v1 # x${' '.repeat(200_000)}y\n`, 'workflow').uses;
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(uses?.comment).toBe(`x${' '.repeat(200_000)}y`);
  });
});

describe('own', () => {
  test('a copy equal to the part, whatever its length and characters', () => {
    const file = `uses: actions/checkout@v4 # v4.1.1 ✅ 🔴\n${'x'.repeat(5000)}`;
    for (const part of ['', 'a', file.slice(6, 25), file.slice(26), file.slice(0, 40), file]) expect(own(part)).toBe(part);
  });
});
