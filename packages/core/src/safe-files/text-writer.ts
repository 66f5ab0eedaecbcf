/** Where encoded bytes go: all of them, before it returns (AtomicFile.write). */
export type ByteOutput = (bytes: Uint8Array) => void;

/** UTF-16 units encoded per buffer: a report of megabytes goes out in a hundred writes or so. */
export const CHUNK_UNITS = 32 * 1024;
/** Pieces this short are separators, brackets and keys: see writeAscii. */
const SHORT_UNITS = 16;
/** A UTF-16 unit is at most three bytes of UTF-8 (a surrogate pair, two units, is four), so a chunk always fits. */
export const BUFFER_BYTES = 3 * CHUNK_UNITS;

/**
 * The buffer an ended writer gave back, for the next one: the first write touches its pages (each first touch
 * of memory costs a page fault), later reports find them touched. One at a time: a writer holds its buffer
 * from construction to end(), so two open writers never share one.
 */
let spare: Buffer | undefined;

/**
 * Buffer's own UTF-8 encoder, which buffer.write() calls after sorting out its optional arguments (half the
 * cost of a short piece); not in Node's documentation, so write() stands in should it ever go.
 */
type Utf8Write = (this: Buffer, text: string, offset: number) => number;
const utf8Write: Utf8Write =
  (Buffer.prototype as unknown as { utf8Write?: Utf8Write }).utf8Write ??
  function (this: Buffer, text: string, offset: number): number {
    return this.write(text, offset, 'utf8');
  };

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/**
 * Writes text given piece by piece as the UTF-8 of all the pieces joined, without ever holding that text or its
 * bytes whole: each piece is encoded straight into one reused buffer, which goes out when the next piece might
 * not fit. A report of megabytes built as one string, then encoded into a Buffer of its own, cost a fresh
 * multi-megabyte string and buffer (thousands of page faults); pieces joined into chunks before encoding still
 * allocated a string per chunk, and encoding each piece in place allocates nothing.
 *
 * The bytes are exactly Buffer.from(pieces.join(''), 'utf8'): a high surrogate that ends a piece or a chunk is
 * held back and encoded with what follows, so a pair split between two writes is still one character, and a
 * lone surrogate becomes U+FFFD as it would in the joined text.
 */
export class Utf8Writer {
  private readonly buffer: Buffer;
  private used = 0;
  /** A high surrogate that ended the last piece: half of a pair, or lone if nothing follows. */
  private held = '';
  private ended = false;

  constructor(private readonly output: ByteOutput) {
    this.buffer = spare ?? Buffer.allocUnsafe(BUFFER_BYTES);
    spare = undefined;
  }

  write(piece: string): void {
    if (this.ended) throw new Error('text written after end()');
    let text = this.held ? this.held + piece : piece;
    this.held = '';
    if (text.length === 0) return;
    if (isHighSurrogate(text.charCodeAt(text.length - 1))) {
      this.held = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (3 * text.length > BUFFER_BYTES - this.used) this.flush();
    if (text.length <= SHORT_UNITS && this.writeAscii(text)) return;
    if (text.length <= CHUNK_UNITS) {
      this.used += utf8Write.call(this.buffer, text, this.used);
      return;
    }
    // Bigger than the buffer: in chunks, each a slice (a view of the text, not a copy), none ending inside a pair.
    for (let start = 0; start < text.length; ) {
      let end = Math.min(start + CHUNK_UNITS, text.length);
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      this.used = utf8Write.call(this.buffer, text.slice(start, end), 0);
      this.flush();
      start = end;
    }
  }

  /** Writes what is left (a lone high surrogate last, as U+FFFD) and gives the buffer back; the writer is done. */
  end(): void {
    if (this.ended) return;
    if (this.held) {
      if (this.used + 3 > BUFFER_BYTES) this.flush();
      this.used += utf8Write.call(this.buffer, this.held, this.used);
      this.held = '';
    }
    this.flush();
    this.ended = true;
    spare = this.buffer;
  }

  /**
   * A short ASCII piece (a comma, a bracket) copied here, byte by byte, where the encoder is a call into native
   * code that costs more than the copy; false, having written nothing, if the piece is not ASCII.
   */
  private writeAscii(text: string): boolean {
    for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
    for (let index = 0; index < text.length; index++) this.buffer[this.used + index] = text.charCodeAt(index);
    this.used += text.length;
    return true;
  }

  private flush(): void {
    if (this.used === 0) return;
    const used = this.used;
    this.used = 0;
    this.output(this.buffer.subarray(0, used));
  }
}
