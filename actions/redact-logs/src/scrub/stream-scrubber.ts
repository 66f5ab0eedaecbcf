import { replaceByteSpans, type Span } from '@gates/core';
import type { PatternHit } from '../rules/pattern-matcher.js';
import type { SecretScanner } from './secret-scanner.js';

/** Bytes gathered before a window is scanned: big enough that the overlap re-scan costs little. */
export const WINDOW_BYTES = 1024 * 1024;
const MIN_OVERLAP = 64 * 1024;

export interface Occurrence {
  /** 1-based line of the first occurrence in the input. */
  firstLine: number;
  count: number;
}

/**
 * Redacts a byte stream of any length in bounded memory. Bytes are scanned in
 * windows; each window keeps its last `overlap` bytes (cut at a line start
 * where possible) for the next, so a secret across a chunk boundary is found
 * whole, and only matches that start before the cut are replaced now. Memory:
 * about one window plus the overlap, whatever the input size. No I/O.
 */
export class StreamScrubber {
  private pending: Buffer = Buffer.alloc(0);
  private linesBefore = 0;
  private readonly overlap: number;
  /** Counts and first line per rule id. */
  readonly occurrences = new Map<string, Occurrence>();

  constructor(
    private readonly scanner: SecretScanner,
    private readonly replacement: (span: Span) => string,
    private readonly onPatternValue: (hit: PatternHit) => void = () => {},
    /** Tests shrink the window and overlap to put many boundaries in small inputs; the overlap never drops below the longest match. */
    private readonly windowBytes = WINDOW_BYTES,
    minOverlap = MIN_OVERLAP,
  ) {
    this.overlap = Math.max(minOverlap, scanner.reach + 1);
  }

  /** Takes the next chunk; returns the redacted bytes that are final now (possibly none). */
  push(chunk: Buffer): Buffer {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    if (this.pending.length < this.windowBytes + this.overlap) return EMPTY;
    return this.process(false);
  }

  /** The rest of the redacted bytes, at the end of the input. */
  end(): Buffer {
    return this.process(true);
  }

  get total(): number {
    let total = 0;
    for (const occurrence of this.occurrences.values()) total += occurrence.count;
    return total;
  }

  private process(final: boolean): Buffer {
    const window = this.pending;
    const spans = this.scanner.scan(window);
    let cut = window.length;
    if (!final) {
      const limit = window.length - this.overlap;
      const lineStart = window.lastIndexOf(10, limit - 1) + 1;
      cut = lineStart > 0 ? lineStart : limit;
    }
    const kept: (Span | PatternHit)[] = [];
    for (const span of spans) {
      if (span.start >= cut) continue;
      kept.push(span);
      if (span.end > cut) cut = span.end;
    }
    kept.sort((a, b) => a.start - b.start);
    this.record(window, kept);
    const output = replaceByteSpans(window.subarray(0, cut), kept, this.replacement);
    this.linesBefore += countLines(window, 0, cut);
    // A copy, so the big window can be freed.
    this.pending = Buffer.from(window.subarray(cut));
    return output;
  }

  private record(window: Buffer, spans: readonly (Span | PatternHit)[]): void {
    let lineCursor = 0;
    let linesToCursor = 0;
    for (const span of spans) {
      const occurrence = this.occurrences.get(span.ruleId);
      if (occurrence) occurrence.count++;
      else {
        linesToCursor += countLines(window, lineCursor, span.start);
        lineCursor = span.start;
        this.occurrences.set(span.ruleId, { firstLine: this.linesBefore + linesToCursor + 1, count: 1 });
      }
      if ('value' in span) this.onPatternValue(span);
    }
  }
}

const EMPTY = Buffer.alloc(0);

function countLines(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(10, from); at >= 0 && at < to; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}
