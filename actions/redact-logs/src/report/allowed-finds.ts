import type { AllowedOccurrence } from '../scrub/stream-scrubber.js';

/** At most this many inline-allowed finds are listed in the report; the count goes on. */
const MAX_LISTED = 200;

export interface AllowedFindEntry extends AllowedOccurrence {
  file: string;
}

/**
 * Finds kept by `gates:allow` / `gitleaks:allow` on their line, with the
 * line's reason, for the report: a reviewer sees what was let through and
 * why. Never the value.
 */
export class AllowedFinds {
  /** The file being scrubbed (files are scrubbed one at a time). */
  file = '';
  count = 0;
  readonly listed: AllowedFindEntry[] = [];

  add(find: AllowedOccurrence): void {
    this.count++;
    if (this.listed.length < MAX_LISTED) this.listed.push({ file: this.file, ...find });
  }
}
