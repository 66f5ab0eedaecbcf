import { describe, expect, test } from '@jest/globals';
import { keepYoungGenerationSmall } from './young-generation.js';

// The flag's effect on a real heap is tested through the bundle (test/e2e/pin-check-heap.e2e.test.ts); this is which
// V8 versions get it.
describe('keepYoungGenerationSmall', () => {
  test.each([
    ['11.3.244.8-node.38', true],
    ['12.4.254.21-node.33', true],
    ['13.6.233.17-node.63', true],
    ['10.2.154.26-node.36', false],
    ['14.1.0', false],
    ['', false],
  ])('V8 %s: flag set %s', (version, expected) => {
    const set: string[] = [];
    keepYoungGenerationSmall(version, (flags) => set.push(flags));
    expect(set).toEqual(expected ? ['--semi-space-growth-factor=1'] : []);
  });
});
