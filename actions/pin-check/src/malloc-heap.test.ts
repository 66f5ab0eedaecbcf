import { describe, expect, test } from '@jest/globals';
import { keepMallocHeap, THRESHOLD_RAISING_BYTES } from './malloc-heap.js';

// Its effect on glibc is tested through the bundle (test/e2e/pin-check-malloc.e2e.test.ts); this is what it allocates
// and frees, and where.
describe('keepMallocHeap', () => {
  const PAGE = 4096;
  const GLIBC_FIRST_MMAP_THRESHOLD = 128 * 1024;
  const GLIBC_MMAP_THRESHOLD_MAX = 32 * 1024 * 1024;

  test('the block is mapped by glibc and within the ceiling up to which freeing it raises the thresholds', () => {
    // glibc maps size + 16 bytes of header, rounded up to a page; only a chunk of at most the ceiling raises them.
    const chunk = Math.ceil((THRESHOLD_RAISING_BYTES + 16) / PAGE) * PAGE;
    expect(THRESHOLD_RAISING_BYTES).toBeGreaterThan(GLIBC_FIRST_MMAP_THRESHOLD);
    expect(chunk).toBeLessThanOrEqual(GLIBC_MMAP_THRESHOLD_MAX);
  });

  test('on Linux: one block allocated and freed at once where the runtime can', () => {
    const calls: string[] = [];
    keepMallocHeap('linux', (bytes) => {
      calls.push(`allocate ${bytes}`);
      return { transfer: (length: number) => calls.push(`transfer ${length}`) };
    });
    expect(calls).toEqual([`allocate ${THRESHOLD_RAISING_BYTES}`, 'transfer 0']);
  });

  test('on Linux with Node 20 (no transfer): allocated and left to the collector', () => {
    const calls: number[] = [];
    expect(() => keepMallocHeap('linux', (bytes) => (calls.push(bytes), {}))).not.toThrow();
    expect(calls).toEqual([THRESHOLD_RAISING_BYTES]);
  });

  test('an allocation that fails (a tight ulimit -v) is no error: the run goes on as before', () => {
    expect(() =>
      keepMallocHeap('linux', () => {
        throw new RangeError('Array buffer allocation failed');
      }),
    ).not.toThrow();
  });

  test.each(['darwin', 'win32'] as const)('on %s: nothing', (platform) => {
    const calls: number[] = [];
    keepMallocHeap(platform, (bytes) => (calls.push(bytes), {}));
    expect(calls).toEqual([]);
  });
});
