import { turbofanHold } from './compile-tiers.js';
import { keepMallocHeap } from './malloc-heap.js';
import { keepYoungGenerationSmall } from './young-generation.js';

/**
 * pin-check's ActionDefinition.processSetup, called once by the entry points
 * that own their process (runMain, the root dispatcher, the CLI), never by
 * runAction, which tests call in their own process (the CLI's demo runs the
 * other actions after pin-check in the same process, with these settings:
 * outputs unchanged, checked by a review). The first two save page
 * faults of memory touched for the first time, what the bench's machine kind
 * pays most for; the third saves compiling a short run never gets back
 * (bench/). None changes what pin-check reads or reports.
 */
export function pinCheckProcessSetup(): void {
  keepYoungGenerationSmall();
  keepMallocHeap();
  turbofanHold.holdBack();
}
