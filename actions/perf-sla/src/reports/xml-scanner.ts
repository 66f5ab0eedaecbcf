import type { TestIdentity } from '../stats/test-identity.js';
import { AttributeSlots, NameTable, decodeEntities } from './xml-attributes.js';
import { findByte, isNameByte, isSpace } from './xml-bytes.js';

/**
 * A streaming scanner for the XML that test reports are written in, over
 * bytes: start and end tags with their attributes, and the text of the few
 * elements a handler asks for (a failure's message and stack), capped. Other
 * text, CDATA, comments and processing instructions are skipped with native
 * searches, so a 10 MB `system-out` costs one indexOf. DOCTYPE and entity declarations are
 * refused (no XXE, no billion laughs); mismatched or unclosed tags are errors
 * at a byte offset. General-purpose JavaScript XML parsers reach 10-20 MB/s
 * on a 200 MB report (see bench/); this is the subset, fast. No I/O.
 */

export interface XmlHandler {
  /** Whether the scanner should decode this element's attributes (most elements are not interesting). */
  wants(name: string): boolean;
  /**
   * A start tag. Returning a byte count asks for the element's text, up to
   * that many bytes (nested elements' text included, CDATA unwrapped,
   * entities decoded), handed to `close`.
   */
  open(name: string, attributes: Attributes | undefined, selfClosing: boolean, offset: number): number | void;
  close(name: string, offset: number, text?: string): void;
}

/** Attributes of one start tag: byte ranges in the chunk, decoded on request. */
export interface Attributes {
  get(name: string): string | undefined;
  number(name: string): number | undefined;
  /** Feeds the raw bytes of an attribute's value to a test identity. */
  hash(name: string, identity: TestIdentity): void;
}

/** Text being collected for an element that asked for it. */
interface TextCapture {
  /** Stack depth of the element: its end tag ends the capture. */
  depth: number;
  room: number;
  pieces: string[];
  /** Bytes of the current stretch of text or CDATA (copies), decoded whole when it ends: a character or entity may be split between reads. */
  raw: Buffer[];
  rawCdata: boolean;
  /** A tag was crossed since the last piece: the next one starts on a new line. */
  newline: boolean;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    /** Byte offset in the whole input. */
    readonly offset: number,
  ) {
    super(message);
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const MAX_TAG_BYTES = 1024 * 1024;
const CDATA_END = ']]>';

export class XmlScanner {
  private carry: Buffer = Buffer.alloc(0);
  /** Bytes of input before `carry`'s first byte. */
  private consumed = 0;
  private readonly stack: string[] = [];
  private readonly attributes = new AttributeSlots();
  private readonly names = new NameTable();
  private sawRoot = false;
  /** Inside a comment, CDATA section or processing instruction that spans chunks: its terminator. Its bytes are dropped, not carried. */
  private skipping: string | undefined;
  private capture: TextCapture | undefined;

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxDepth = 100_000,
  ) {}

  get depth(): number {
    return this.stack.length;
  }

  push(chunk: Buffer): void {
    let buffer = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    if (this.skipping) {
      const end = buffer.indexOf(this.skipping, 0, 'latin1');
      // Keep only what could be the start of the terminator.
      const drop = end < 0 ? Math.max(0, buffer.length - (this.skipping.length - 1)) : end + this.skipping.length;
      if (this.capture && this.skipping === CDATA_END) this.addText(buffer, 0, end < 0 ? drop : end, true);
      this.consumed += drop;
      buffer = buffer.subarray(drop);
      if (end < 0) {
        this.carry = Buffer.from(buffer);
        return;
      }
      this.skipping = undefined;
    }
    const stop = this.scan(buffer, false);
    this.consumed += stop;
    this.carry = stop === buffer.length ? Buffer.alloc(0) : Buffer.from(buffer.subarray(stop));
    if (this.carry.length > MAX_TAG_BYTES) throw new XmlSyntaxError(`a tag, comment or CDATA section longer than ${MAX_TAG_BYTES} bytes`, this.consumed);
  }

  end(): void {
    if (this.skipping) throw new XmlSyntaxError(`the document ends before "${this.skipping}" (truncated?)`, this.consumed + this.carry.length);
    if (this.carry.length > 0) {
      const stop = this.scan(this.carry, true);
      if (this.skipping) throw new XmlSyntaxError(`the document ends before "${this.skipping}" (truncated?)`, this.consumed + this.carry.length);
      if (stop < this.carry.length) throw new XmlSyntaxError('the document ends inside a tag', this.consumed + stop);
    }
    if (this.stack.length > 0) throw new XmlSyntaxError(`the document ends before </${this.stack[this.stack.length - 1]}> (truncated?)`, this.consumed + this.carry.length);
    if (!this.sawRoot) throw new XmlSyntaxError('no root element', this.consumed + this.carry.length);
  }

  /** Scans complete constructs; returns where an incomplete one starts (or the end). */
  private scan(buffer: Buffer, final: boolean): number {
    let at = 0;
    for (;;) {
      const lt = findByte(buffer, LT, at);
      if (this.capture) this.addText(buffer, at, lt < 0 ? buffer.length : lt, false);
      if (lt < 0) return buffer.length;
      if (lt + 1 >= buffer.length) return final ? this.fail('the document ends inside a tag', lt) : lt;
      const next = buffer[lt + 1]!;
      let end: number;
      if (next === SLASH) end = this.endTag(buffer, lt);
      else if (next === BANG) end = this.markup(buffer, lt);
      else if (next === QUESTION) end = this.skipTo(buffer, lt + 2, '?>');
      else end = this.startTag(buffer, lt);
      if (end < 0) return lt;
      if (this.skipping) return end;
      at = end;
    }
  }

  private startTag(buffer: Buffer, lt: number): number {
    let at = lt + 1;
    while (at < buffer.length && isNameByte(buffer[at]!)) at++;
    if (at >= buffer.length) return -1;
    if (at === lt + 1) return this.fail('a "<" that starts no tag', lt);
    const name = this.names.get(buffer, lt + 1, at);
    const decode = this.handler.wants(name);
    const slots = this.attributes;
    slots.reset(buffer);
    for (;;) {
      while (at < buffer.length && isSpace(buffer[at]!)) at++;
      if (at >= buffer.length) return -1;
      const byte = buffer[at]!;
      if (byte === GT || byte === SLASH) {
        if (byte === SLASH) {
          if (at + 1 >= buffer.length) return -1;
          if (buffer[at + 1] !== GT) return this.fail('"/" inside a tag not followed by ">"', at);
        }
        const selfClosing = byte === SLASH;
        if (this.stack.length === 0 && this.sawRoot) return this.fail(`a second root element <${name}>`, lt);
        this.sawRoot = true;
        if (!selfClosing && this.stack.length >= this.maxDepth) return this.fail(`elements nested deeper than ${this.maxDepth}`, lt);
        const wanted = this.handler.open(name, decode ? slots : undefined, selfClosing, this.consumed + lt);
        if (this.capture) this.crossTag();
        if (selfClosing) this.handler.close(name, this.consumed + lt, wanted ? '' : undefined);
        else {
          this.stack.push(name);
          if (wanted && !this.capture) this.capture = { depth: this.stack.length, room: wanted, pieces: [], raw: [], rawCdata: false, newline: false };
        }
        return at + (selfClosing ? 2 : 1);
      }
      const nameStart = at;
      while (at < buffer.length && isNameByte(buffer[at]!)) at++;
      if (at >= buffer.length) return -1;
      if (at === nameStart) return this.fail(`an unexpected "${String.fromCharCode(byte)}" in <${name}>`, at);
      const nameEnd = at;
      while (at < buffer.length && isSpace(buffer[at]!)) at++;
      if (at >= buffer.length) return -1;
      if (buffer[at] !== 0x3d) return this.fail(`attribute without "=" in <${name}>`, at);
      at++;
      while (at < buffer.length && isSpace(buffer[at]!)) at++;
      if (at >= buffer.length) return -1;
      const quote = buffer[at]!;
      if (quote !== 0x22 && quote !== 0x27) return this.fail(`attribute value not in quotes in <${name}>`, at);
      // The closing quote, and any "<" before it (an error), in one pass over the value: values are short, and a
      // native search costs more to call than a few bytes cost to read (three or more per test record).
      let close = -1;
      let ltInside = -1;
      for (let index = at + 1; index < buffer.length; index++) {
        const byte = buffer[index]!;
        if (byte === quote) {
          close = index;
          break;
        }
        if (byte === LT && ltInside < 0) ltInside = index;
      }
      if (close < 0) return -1;
      if (ltInside >= 0) return this.fail(`"<" inside an attribute value of <${name}>`, ltInside);
      if (decode) slots.add(nameStart, nameEnd, at + 1, close);
      at = close + 1;
    }
  }

  private endTag(buffer: Buffer, lt: number): number {
    const gt = findByte(buffer, GT, lt + 2);
    if (gt < 0) return -1;
    let nameEnd = lt + 2;
    while (nameEnd < gt && isNameByte(buffer[nameEnd]!)) nameEnd++;
    const name = this.names.get(buffer, lt + 2, nameEnd);
    const open = this.stack.pop();
    if (open !== name) return this.fail(open ? `</${name}> closes <${open}>` : `</${name}> closes nothing`, lt);
    let text: string | undefined;
    if (this.capture) this.crossTag();
    if (this.capture && this.capture.depth === this.stack.length + 1) {
      text = this.capture.pieces.join('');
      this.capture = undefined;
    }
    this.handler.close(name, this.consumed + lt, text);
    return gt + 1;
  }

  /** `<!--`, `<![CDATA[`, and the refused `<!DOCTYPE` / `<!ENTITY`. */
  private markup(buffer: Buffer, lt: number): number {
    if (buffer.length - lt < 9) return -1;
    if (buffer[lt + 2] === 0x2d && buffer[lt + 3] === 0x2d) return this.skipTo(buffer, lt + 4, '-->');
    if (buffer.toString('latin1', lt, lt + 9) === '<![CDATA[') {
      if (this.stack.length === 0) return this.fail('CDATA outside the root element', lt);
      const end = this.skipTo(buffer, lt + 9, CDATA_END);
      if (this.capture) this.addText(buffer, lt + 9, this.skipping ? end : end - CDATA_END.length, true);
      return end;
    }
    const word = buffer.toString('latin1', lt + 2, lt + 9).toUpperCase();
    if (word.startsWith('DOCTYPE') || word.startsWith('ENTITY')) {
      return this.fail('DOCTYPE and entity declarations are refused (they enable XXE and entity-expansion attacks; test reports do not need them)', lt);
    }
    return this.fail('unknown markup "<!"', lt);
  }

  /** The end of a skipped construct; when it is not in this buffer, skip mode carries on into the next chunks. */
  private skipTo(buffer: Buffer, from: number, terminator: string): number {
    const found = buffer.indexOf(terminator, from, 'latin1');
    if (found >= 0) return found + terminator.length;
    this.skipping = terminator;
    // Its last bytes could be the start of the terminator: they stay for the next chunk.
    return Math.max(from, buffer.length - (terminator.length - 1));
  }

  /** Text (or CDATA content) of an element being captured, up to its room. */
  private addText(buffer: Buffer, start: number, end: number, cdata: boolean): void {
    const capture = this.capture!;
    if (end <= start || capture.room <= 0) return;
    if (capture.raw.length > 0 && capture.rawCdata !== cdata) this.flushText();
    const take = Math.min(end - start, capture.room);
    capture.room -= take;
    capture.raw.push(Buffer.from(buffer.subarray(start, start + take)));
    capture.rawCdata = cdata;
  }

  /** A tag ends the current stretch of text; what follows goes on a new line. */
  private crossTag(): void {
    this.flushText();
    this.capture!.newline = true;
  }

  private flushText(): void {
    const capture = this.capture!;
    if (capture.raw.length === 0) return;
    const text = Buffer.concat(capture.raw).toString('utf8');
    capture.raw = [];
    if (capture.newline && capture.pieces.length > 0) capture.pieces.push('\n');
    capture.newline = false;
    capture.pieces.push(!capture.rawCdata && text.includes('&') ? decodeEntities(text) : text);
  }

  private fail(message: string, at: number): never {
    throw new XmlSyntaxError(message, this.consumed + at);
  }
}
