import { describe, expect, test } from '@jest/globals';
import { availableParallelism } from 'node:os';
import { coresFromCpuMax, usableCores } from './usable-cores.js';

describe('usableCores', () => {
  test("a cgroup v2 quota, in whole cores rounded up; 'max' or nonsense is no limit", () => {
    expect(coresFromCpuMax('100000 100000\n')).toBe(1);
    expect(coresFromCpuMax('150000 100000\n')).toBe(2);
    expect(coresFromCpuMax('50000 100000\n')).toBe(1);
    expect(coresFromCpuMax('max 100000\n')).toBeUndefined();
    expect(coresFromCpuMax('')).toBeUndefined();
    expect(coresFromCpuMax('100000 0')).toBeUndefined();
  });

  test('never more than the scheduler gives, never less than one', () => {
    expect(usableCores('100000 100000')).toBe(1);
    expect(usableCores('max 100000')).toBe(availableParallelism());
    expect(usableCores('6400000 100000')).toBe(availableParallelism());
    expect(usableCores(undefined)).toBe(availableParallelism());
  });
});
