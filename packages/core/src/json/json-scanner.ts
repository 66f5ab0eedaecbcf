/**
 * A streaming JSON reader over bytes for files too large to `JSON.parse`
 * whole (a 200 MB SARIF log, a Jest report): it walks the structure the
 * handler enters, hands out the values it selects (each parsed on its own:
 * one SARIF result or one test at a time) and skips the rest without
 * building them. Memory: one read, plus the value being captured. No I/O.
 */

export type JsonPath = readonly (string | number)[];

export interface JsonHandler {
  /** What to do with the value at `path`: walk into it (objects, arrays), capture it whole, or skip it. */
  select(path: JsonPath): 'enter' | 'capture' | 'skip';
  value(path: JsonPath, value: unknown, offset: number): void;
  /** An entered object or array ends. */
  leave?(path: JsonPath): void;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** Byte offset in the whole input. */
    readonly offset: number,
  ) {
    super(message);
  }
}

type Expect = 'key-or-end' | 'key' | 'colon' | 'value' | 'value-or-end' | 'comma-or-end';

interface Frame {
  kind: 'object' | 'array';
  expect: Expect;
}

/** A value being skipped or captured, possibly across reads. */
interface Skipping {
  depth: number;
  inString: boolean;
  escape: boolean;
  done: boolean;
  /** Captured bytes (copies: the reader's chunk is reused). */
  parts?: Buffer[];
  bytes: number;
  /** Offset of the value's first byte. */
  start: number;
}

const MAX_TOKEN_BYTES = 1024 * 1024;
const MAX_CAPTURE_BYTES = 64 * 1024 * 1024;
const WHITESPACE = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09]) WHITESPACE[byte] = 1;
const DELIMITER = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09, 0x2c, 0x7d, 0x5d]) DELIMITER[byte] = 1;

export class JsonScanner {
  private carry: Buffer = Buffer.alloc(0);
  /** Bytes of input before `carry`'s first byte. */
  private consumed = 0;
  private readonly frames: Frame[] = [];
  private readonly path: (string | number)[] = [];
  private rootDone = false;
  private skipping: Skipping | undefined;

  constructor(private readonly handler: JsonHandler) {}

  push(chunk: Buffer): void {
    let buffer = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    if (this.consumed === 0 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
      this.consumed = 3;
      buffer = buffer.subarray(3);
    }
    const stop = this.run(buffer, false);
    this.consumed += stop;
    this.carry = stop === buffer.length ? Buffer.alloc(0) : Buffer.from(buffer.subarray(stop));
    if (this.carry.length > MAX_TOKEN_BYTES) throw new JsonSyntaxError(`a key or number longer than ${MAX_TOKEN_BYTES} bytes`, this.consumed);
  }

  end(): void {
    const stop = this.run(this.carry, true);
    const at = this.consumed + stop;
    if (this.skipping || this.frames.length > 0) throw new JsonSyntaxError('the document ends inside a value (truncated?)', at);
    if (!this.rootDone) throw new JsonSyntaxError('no JSON value', at);
  }

  /** Processes what is complete; returns where an incomplete token starts (or the end). */
  private run(buffer: Buffer, final: boolean): number {
    let at = 0;
    for (;;) {
      if (this.skipping) {
        at = this.continueSkipping(buffer, at);
        if (!this.skipping.done) return buffer.length;
        this.finishSkipping();
        continue;
      }
      while (at < buffer.length && WHITESPACE[buffer[at]!] === 1) at++;
      if (at >= buffer.length) return at;
      const frame = this.frames[this.frames.length - 1];
      if (!frame) {
        if (this.rootDone) this.fail('content after the JSON value', at);
        const next = this.startValue(buffer, at, final);
        if (next < 0) return at;
        at = next;
        continue;
      }
      const byte = buffer[at]!;
      switch (frame.expect) {
        case 'key-or-end':
        case 'key': {
          if (byte === 0x7d && frame.expect === 'key-or-end') {
            this.close();
            at++;
            break;
          }
          if (byte !== 0x22) this.fail('expected a key in quotes', at);
          const end = stringEnd(buffer, at + 1);
          if (end < 0) return final ? this.fail('the document ends inside a key', at) : at;
          this.path[this.path.length - 1] = JSON.parse(buffer.toString('utf8', at, end + 1)) as string;
          frame.expect = 'colon';
          at = end + 1;
          break;
        }
        case 'colon':
          if (byte !== 0x3a) this.fail('expected ":"', at);
          frame.expect = 'value';
          at++;
          break;
        case 'value-or-end':
        case 'value': {
          if (byte === 0x5d && frame.expect === 'value-or-end') {
            this.close();
            at++;
            break;
          }
          const next = this.startValue(buffer, at, final);
          if (next < 0) return at;
          at = next;
          break;
        }
        case 'comma-or-end':
          if (byte === 0x2c) {
            if (frame.kind === 'object') frame.expect = 'key';
            else {
              this.path[this.path.length - 1] = (this.path[this.path.length - 1] as number) + 1;
              frame.expect = 'value';
            }
            at++;
          } else if ((byte === 0x7d && frame.kind === 'object') || (byte === 0x5d && frame.kind === 'array')) {
            this.close();
            at++;
          } else this.fail(`expected "," or "${frame.kind === 'object' ? '}' : ']'}"`, at);
          break;
      }
    }
  }

  /** A value starts at `at`: entered, or skipped or captured (strings and containers, across reads), or read whole (numbers and literals). Returns -1 when incomplete. */
  private startValue(buffer: Buffer, at: number, final: boolean): number {
    const byte = buffer[at]!;
    const decision = this.handler.select(this.path);
    if (byte === 0x7b || byte === 0x5b) {
      if (decision === 'enter') {
        const kind = byte === 0x7b ? 'object' : 'array';
        this.frames.push({ kind, expect: kind === 'object' ? 'key-or-end' : 'value-or-end' });
        this.path.push(kind === 'object' ? '' : 0);
        return at + 1;
      }
      this.skipping = { depth: 1, inString: false, escape: false, done: false, parts: decision === 'capture' ? [] : undefined, bytes: 0, start: this.consumed + at };
      this.skipping.parts?.push(Buffer.from(buffer.subarray(at, at + 1)));
      return at + 1;
    }
    if (byte === 0x22) {
      this.skipping = { depth: 0, inString: true, escape: false, done: false, parts: decision === 'skip' ? undefined : [], bytes: 0, start: this.consumed + at };
      this.skipping.parts?.push(Buffer.from(buffer.subarray(at, at + 1)));
      return at + 1;
    }
    let end = at;
    while (end < buffer.length && DELIMITER[buffer[end]!] !== 1) end++;
    if (end === buffer.length && !final) return -1;
    let value: unknown;
    try {
      value = JSON.parse(buffer.toString('latin1', at, end));
    } catch {
      this.fail(`not a JSON value: ${buffer.toString('latin1', at, Math.min(end, at + 20))}`, at);
    }
    if (decision !== 'skip') this.handler.value(this.path, value, this.consumed + at);
    this.afterValue();
    return end;
  }

  /** Bytes of a skipped or captured value until it ends (strings and nesting tracked); returns where it stopped. */
  private continueSkipping(buffer: Buffer, from: number): number {
    const state = this.skipping!;
    let at = from;
    for (; at < buffer.length; at++) {
      const byte = buffer[at]!;
      if (state.inString) {
        if (state.escape) state.escape = false;
        else if (byte === 0x5c) state.escape = true;
        else if (byte === 0x22) {
          state.inString = false;
          if (state.depth === 0) break;
        }
      } else if (byte === 0x22) state.inString = true;
      else if (byte === 0x7b || byte === 0x5b) state.depth++;
      else if (byte === 0x7d || byte === 0x5d) {
        if (--state.depth === 0) break;
      }
    }
    if (at < buffer.length) {
      state.done = true;
      at++;
    }
    if (state.parts) {
      state.bytes += at - from;
      if (state.bytes > MAX_CAPTURE_BYTES) throw new JsonSyntaxError(`a value longer than ${MAX_CAPTURE_BYTES} bytes`, state.start);
      state.parts.push(Buffer.from(buffer.subarray(from, at)));
    }
    return at;
  }

  private finishSkipping(): void {
    const state = this.skipping!;
    this.skipping = undefined;
    if (state.parts) {
      let value: unknown;
      try {
        value = JSON.parse(Buffer.concat(state.parts).toString('utf8'));
      } catch (error) {
        throw new JsonSyntaxError(`invalid JSON: ${(error as Error).message}`, state.start);
      }
      this.handler.value(this.path, value, state.start);
    }
    this.afterValue();
  }

  private close(): void {
    this.handler.leave?.(this.path.slice(0, -1));
    this.frames.pop();
    this.path.pop();
    this.afterValue();
  }

  private afterValue(): void {
    const parent = this.frames[this.frames.length - 1];
    if (parent) parent.expect = 'comma-or-end';
    else this.rootDone = true;
  }

  private fail(message: string, at: number): never {
    throw new JsonSyntaxError(message, this.consumed + at);
  }
}

/** The closing quote of a string whose content starts at `from`; -1 when not in this buffer. */
function stringEnd(buffer: Buffer, from: number): number {
  for (let at = from; at < buffer.length; at++) {
    const byte = buffer[at]!;
    if (byte === 0x5c) at++;
    else if (byte === 0x22) return at;
  }
  return -1;
}
