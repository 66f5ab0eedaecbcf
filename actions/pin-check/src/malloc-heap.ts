/**
 * pin-check's process setup, second part (see process-setup.ts): from here
 * on glibc keeps the memory it got for the C++ heap instead of returning it
 * and faulting it back in.
 *
 * V8 and Node allocate outside the JavaScript heap with malloc: the
 * compilers' zones above all, freed at the end of each compilation. glibc
 * returns the top of its heap to the system whenever more than its trim
 * threshold (128 KiB) is free there, and serves every request above its
 * mmap threshold (128 KiB) with a fresh mapping; the next compilation takes
 * the memory back, one first-touch page fault per 4 KiB (~10 µs each on the
 * bench's machine kind). Measured with strace on the 1,000-workflow bench,
 * Node 20: the heap grew by 2,213 pages and gave back 1,226 in 16 trims.
 *
 * glibc raises both thresholds by itself when a block it had mapped is
 * freed (malloc(3), M_MMAP_THRESHOLD: the mmap threshold becomes the block's
 * size, at most 32 MiB on 64-bit systems, and the trim threshold twice
 * that). Freeing one such block of just under 32 MiB at start-up does it for
 * the rest of the run: 1 trim instead of 16, ~1,800 fewer page faults,
 * 5–20 ms less wall and ~40 ms less CPU time on Node 20 (bench/, interleaved
 * batches of 21 runs). Node 24 trims little here and gains nothing measurable; it pays
 * nothing either. The block is never written, so its pages are never
 * touched: a calloc'd mapping is zero already and glibc does not clear it.
 * Settable from outside only by environment variables glibc reads at start
 * (MALLOC_MMAP_THRESHOLD_, MALLOC_TRIM_THRESHOLD_), which an action cannot
 * set for its own process.
 */

/** Above glibc's first mmap threshold (128 KiB); with its header and page rounding, within the 32 MiB ceiling. */
export const THRESHOLD_RAISING_BYTES = 32 * 1024 * 1024 - 64 * 1024;

/** What `new ArrayBuffer` gives; `transfer` (ES2024) is there from Node 22 on. */
interface Block {
  transfer?: (length: number) => unknown;
}

export function keepMallocHeap(platform: NodeJS.Platform = process.platform, allocate: (bytes: number) => Block = (bytes) => new ArrayBuffer(bytes) as Block): void {
  // glibc's allocator: Linux. Elsewhere a 32 MiB block allocated and freed would only cost its call.
  if (platform !== 'linux') return;
  let block: Block;
  try {
    block = allocate(THRESHOLD_RAISING_BYTES);
  } catch {
    // No 32 MiB of address space (a tight `ulimit -v`): glibc keeps its thresholds and pin-check runs as before.
    return;
  }
  // Transferring to a zero-length buffer frees the memory now (Node 22+); on Node 20 the young generation's next
  // collection frees it, a few milliseconds into the run: nothing else holds it.
  block.transfer?.(0);
}
