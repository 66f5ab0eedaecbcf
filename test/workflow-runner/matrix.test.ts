import { describe, expect, test } from '@jest/globals';
import { expandMatrix } from './matrix.js';
import { fixture } from './fixtures.js';
import { runWorkflow } from './run-workflow.js';

describe('workflow runner: strategy.matrix (fixtures/matrix.yml)', () => {
  test('exclude removes, include extends matching combinations and adds the ones that match none', () => {
    const combinations = expandMatrix({ node: [18, 20], os: ['linux', 'mac'], exclude: [{ node: 18, os: 'mac' }], include: [{ node: 20, experimental: true }, { node: 22, os: 'linux' }] }, 'test');
    expect(combinations).toEqual([
      { node: 18, os: 'linux' },
      { node: 20, os: 'linux', experimental: true },
      { node: 20, os: 'mac', experimental: true },
      { node: 22, os: 'linux' },
    ]);
  });

  test('an include may overwrite values another include added, never original ones', () => {
    const combinations = expandMatrix({ fruit: ['apple', 'pear'], include: [{ color: 'green' }, { color: 'pink', fruit: 'apple' }, { fruit: 'banana' }] }, 'test');
    expect(combinations).toEqual([{ fruit: 'apple', color: 'pink' }, { fruit: 'pear', color: 'green' }, { fruit: 'banana' }]);
  });

  test('each combination runs as its own job; fail-fast cancels the rest; a matrix may come from an expression', async () => {
    const run = await runWorkflow({ workflow: fixture('matrix.yml') });
    expect(run.jobs.map((job) => `${job.name}: ${job.result}`)).toEqual([
      'test (18, linux): success',
      'test (20, linux, true): success',
      'test (20, mac, true): success',
      'test (22, linux): failure',
      'fast (1): success',
      'fast (2): failure',
      'fast (3): cancelled',
      'plan: success',
      'dynamic plain: success',
      'dynamic salted: success',
    ]);
    expect(run.job('test (20, mac, true)').steps[0]!.outputs).toEqual({ combination: '20-mac-true-2/4' });
    // A matrix job's outputs are the last combination's.
    expect(run.results.test).toEqual({ result: 'failure', outputs: { last: '22-linux--3/4' } });
    expect(run.results.fast!.result).toBe('failure');
    expect(run.job('dynamic (salted)').log).toContain('flavour salted');
  });
});
