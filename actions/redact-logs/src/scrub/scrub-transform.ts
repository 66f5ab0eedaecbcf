import { Transform, type TransformCallback } from 'node:stream';
import { classifyContent, SNIFF_BYTES } from '../files/classify.js';
import { knownValueSearch, scrubberFor, type KnownValueSearch, type ScrubEngine } from './scrub-engine.js';
import type { Occurrence, StreamScrubber } from './stream-scrubber.js';

export interface ContentOutcome {
  /** text or binary as sniffed; binary content is passed through unless the policy scrubs it. */
  kind: 'text' | 'binary';
  scrubbed: boolean;
  occurrences: Map<string, Occurrence>;
  replacements: number;
  /** Known values in content passed through as it is (binary the policy does not scrub). */
  knownLeft: number;
}

/** A file the policy does not let us scrub: reported as refused, not as an internal error. */
export class ScrubRefusal extends Error {}

/**
 * A stream stage that sniffs the first bytes, then scrubs (text, or binary
 * when the policy says so) or passes bytes through untouched, counting the
 * known values in them. For content inside archives; plain files take the
 * synchronous path.
 */
export class ScrubTransform extends Transform {
  private head: Buffer[] = [];
  private headBytes = 0;
  private scrubber: StreamScrubber | undefined;
  private search: KnownValueSearch | undefined;
  private decided = false;
  outcome: ContentOutcome = { kind: 'text', scrubbed: false, occurrences: new Map(), replacements: 0, knownLeft: 0 };

  private bytes = 0;

  constructor(
    private readonly engine: ScrubEngine,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    // A small archive can expand to terabytes (a decompression bomb).
    if (this.bytes > this.maxBytes) return callback(new ScrubRefusal(`content expands beyond max-file-size (${this.maxBytes} bytes)`));
    if (!this.decided) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes < SNIFF_BYTES) return callback();
      this.decide();
      this.feed(Buffer.concat(this.head.splice(0)));
      return callback();
    }
    this.feed(chunk);
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (!this.decided) {
      this.decide();
      this.feed(Buffer.concat(this.head.splice(0)));
    }
    if (this.scrubber) {
      this.scrubber.end();
      this.outcome.occurrences = this.scrubber.occurrences;
      this.outcome.replacements = this.scrubber.replacements;
    }
    if (this.search) this.outcome.knownLeft = this.search.end();
    callback();
  }

  private decide(): void {
    this.decided = true;
    const kind = classifyContent(Buffer.concat(this.head).subarray(0, SNIFF_BYTES)) === 'text' ? 'text' : 'binary';
    const scrub = kind === 'text' || this.engine.binary === 'scrub';
    this.outcome = { kind, scrubbed: scrub, occurrences: new Map(), replacements: 0, knownLeft: 0 };
    // The scrubber's bytes live in its reused buffer: copy them onto the stream.
    if (scrub) this.scrubber = scrubberFor(this.engine, kind, (bytes) => this.push(Buffer.from(bytes)));
    else this.search = knownValueSearch(this.engine);
  }

  private feed(chunk: Buffer): void {
    if (this.scrubber) return this.scrubber.push(chunk);
    this.search!.push(chunk);
    this.push(chunk);
  }
}
