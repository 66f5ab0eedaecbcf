import { mergeSpans, type Span } from '@gates/core';
import type { PatternHit } from '../rules/pattern-matcher.js';
import type { AllowedFind, SecretScanner } from './secret-scanner.js';

/** Bytes gathered before a window is scanned: big enough that the overlap re-scan costs little. */
export const WINDOW_BYTES = 1024 * 1024;
const MIN_OVERLAP = 64 * 1024;

export interface Occurrence {
  /** 1-based line of the first occurrence in the input. */
  firstLine: number;
  /** Places replaced and counted under this rule: the rule of highest priority that matched there. */
  count: number;
  /** Places this rule matched too, already counted under another rule (one value, one redaction). */
  alsoMatched: number;
}

/** A find kept by `gates:allow` on its line: where, by which rule, and the line's reason. */
export interface AllowedOccurrence {
  ruleId: string;
  line: number;
  reason: string;
}


export interface ScrubberOptions {
  /** Receives the redacted output in order; the bytes are only valid during the call. */
  write: (bytes: Buffer) => void;
  replacement: (span: Span) => string;
  onPatternValue?: (hit: PatternHit) => void;
  /** A find kept by `gates:allow` on its line. */
  onAllowed?: (find: AllowedOccurrence) => void;
  /** Tests shrink the window and overlap to put many boundaries in small inputs; the overlap never drops below the longest match. */
  windowBytes?: number;
  minOverlap?: number;
}

/**
 * Redacts a byte stream of any length in bounded memory. Bytes are gathered
 * into one reused buffer and scanned in windows; each window keeps its last
 * `overlap` bytes (cut at a line start where possible) for the next, so a
 * secret across a chunk boundary is found whole, and only matches that start
 * before the cut are replaced now. Memory: one window plus the overlap,
 * whatever the input size. No I/O.
 */
export class StreamScrubber {
  private buffer: Buffer;
  private length = 0;
  private linesBefore = 0;
  private readonly overlap: number;
  private readonly windowBytes: number;
  /** Counts and first line per rule id. */
  readonly occurrences = new Map<string, Occurrence>();
  /** Places replaced (overlapping matches make one): the sum of the occurrences' counts. */
  replacements = 0;

  constructor(
    private readonly scanner: SecretScanner,
    private readonly options: ScrubberOptions,
  ) {
    this.windowBytes = options.windowBytes ?? WINDOW_BYTES;
    this.overlap = Math.max(options.minOverlap ?? MIN_OVERLAP, scanner.reach + 1);
    this.buffer = Buffer.allocUnsafe(this.windowBytes + this.overlap + 64 * 1024);
  }

  /** Takes the next chunk (copied; the caller may reuse it). */
  push(chunk: Uint8Array): void {
    for (let offset = 0; offset < chunk.length; ) {
      const room = this.buffer.length - this.length;
      const take = Math.min(room, chunk.length - offset);
      this.buffer.set(chunk.subarray(offset, offset + take), this.length);
      this.length += take;
      offset += take;
      if (this.length >= this.windowBytes + this.overlap) this.process(false);
    }
  }

  /** Flushes the rest, at the end of the input. */
  end(): void {
    this.process(true);
  }


  private process(final: boolean): void {
    const window = this.buffer.subarray(0, this.length);
    const { spans, allowed } = this.scanner.scan(window);
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
    this.recordAllowed(window, allowed.filter((find) => find.start < cut));
    this.emit(window, kept, cut);
    this.linesBefore += countLines(window, 0, cut);
    // The held-back tail moves to the front; nothing is allocated per window.
    this.buffer.copyWithin(0, cut, this.length);
    this.length -= cut;
  }

  private emit(window: Buffer, spans: readonly Span[], cut: number): void {
    let cursor = 0;
    for (const span of mergeSpans(spans)) {
      if (span.start > cursor) this.options.write(window.subarray(cursor, span.start));
      this.options.write(Buffer.from(this.options.replacement(span), 'latin1'));
      cursor = span.end;
    }
    if (cut > cursor) this.options.write(window.subarray(cursor, cut));
  }

  /**
   * Counts replacements: overlapping matches are one replacement, counted
   * under the rule of highest priority among them (so the per-rule counts
   * add up to the total), and as "also matched" for the others, at the line
   * where it starts.
   */
  private record(window: Buffer, spans: readonly (Span | PatternHit)[]): void {
    let regionStart = -1;
    let regionEnd = -1;
    let rules = new Set<string>();
    const lines = this.lineCounter(window);
    const close = () => {
      if (rules.size === 0) return;
      let primary = '';
      for (const rule of rules) if (!primary || this.priorityOf(rule) < this.priorityOf(primary)) primary = rule;
      for (const rule of rules) {
        const occurrence = this.occurrences.get(rule) ?? { firstLine: lines(regionStart), count: 0, alsoMatched: 0 };
        if (rule === primary) occurrence.count++;
        else occurrence.alsoMatched++;
        this.occurrences.set(rule, occurrence);
      }
      this.replacements++;
    };
    for (const span of spans) {
      if (span.start >= regionEnd) {
        close();
        regionStart = span.start;
        rules = new Set();
      }
      regionEnd = Math.max(regionEnd, span.end);
      rules.add(span.ruleId);
      if ('value' in span) this.options.onPatternValue?.(span);
    }
    close();
  }

  private recordAllowed(window: Buffer, finds: readonly AllowedFind[]): void {
    if (finds.length === 0 || !this.options.onAllowed) return;
    const lines = this.lineCounter(window);
    for (const find of [...finds].sort((a, b) => a.start - b.start)) this.options.onAllowed({ ruleId: find.ruleId, line: lines(find.start), reason: find.reason });
  }

  private priorityOf(rule: string): number {
    return this.scanner.priority.get(rule) ?? Number.MAX_SAFE_INTEGER;
  }

  /** 1-based line numbers of ascending offsets in this window, counting from where it starts in the input. */
  private lineCounter(window: Buffer): (offset: number) => number {
    let cursor = 0;
    let lines = this.linesBefore;
    return (offset) => {
      lines += countLines(window, cursor, offset);
      cursor = offset;
      return lines + 1;
    };
  }
}

function countLines(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(10, from); at >= 0 && at < to; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}
