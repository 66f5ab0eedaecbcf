import { endianness } from 'node:os';
import type { TestIdentity } from '../stats/test-identity.js';
import type { Attributes } from './xml-scanner.js';

/** The pieces of a start tag the scanner hands out: names it has seen, attribute ranges decoded on request. */

/**
 * Element names seen so far, so a tag's name is found by comparing bytes
 * instead of making a string for every tag (a report has a dozen names and
 * millions of tags).
 */
export class NameTable {
  private readonly entries: { bytes: Buffer; name: string }[] = [];
  /** The entry found last: reports repeat one element (`testcase`) millions of times in a row. */
  private last: { bytes: Buffer; name: string } | undefined;

  get(buffer: Buffer, start: number, end: number): string {
    if (this.last && equalBytes(this.last.bytes, buffer, start, end)) return this.last.name;
    for (const entry of this.entries) {
      if (equalBytes(entry.bytes, buffer, start, end)) {
        this.last = entry;
        return entry.name;
      }
    }
    const name = buffer.toString('latin1', start, end);
    if (this.entries.length < 64) this.entries.push((this.last = { bytes: Buffer.from(buffer.subarray(start, end)), name }));
    return name;
  }
}

function equalBytes(bytes: Buffer, buffer: Buffer, start: number, end: number): boolean {
  if (bytes.length !== end - start) return false;
  for (let index = 0; index < bytes.length; index++) if (bytes[index] !== buffer[start + index]) return false;
  return true;
}

/** Attribute byte ranges of the current tag; decoded only when asked for. */
export class AttributeSlots implements Attributes {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly ranges: number[] = [];
  private count = 0;
  /** A 32-bit view of the buffer for hashing (when it starts on a word boundary, on little-endian machines). */
  private words: Uint32Array | undefined;
  private wordsOf: Buffer | undefined;

  reset(buffer: Buffer): void {
    this.buffer = buffer;
    this.count = 0;
  }

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const at = this.count * 4;
    this.ranges[at] = nameStart;
    this.ranges[at + 1] = nameEnd;
    this.ranges[at + 2] = valueStart;
    this.ranges[at + 3] = valueEnd;
    this.count++;
  }

  get(name: string): string | undefined {
    const at = this.find(name);
    if (at < 0) return undefined;
    const raw = this.buffer.toString('utf8', this.ranges[at + 2]!, this.ranges[at + 3]!);
    return raw.includes('&') ? decodeEntities(raw) : raw;
  }

  /** A number attribute, read without making a string in the common case (digits and one `.` or `,`). */
  number(name: string): number | undefined {
    const at = this.find(name);
    if (at < 0) return undefined;
    const buffer = this.buffer;
    let value = 0;
    let scale = 0;
    let digits = 0;
    for (let index = this.ranges[at + 2]!; index < this.ranges[at + 3]!; index++) {
      const byte = buffer[index]!;
      if (byte >= 0x30 && byte <= 0x39) {
        value = value * 10 + (byte - 0x30);
        digits++;
        if (scale > 0) scale *= 10;
      } else if ((byte === 0x2e || byte === 0x2c) && scale === 0) scale = 1;
      else return parseLoose(this.get(name)!);
    }
    if (digits === 0) return undefined;
    return scale > 0 ? value / scale : value;
  }

  /** Feeds the attribute's raw bytes (entities as written) to a test identity; nothing when absent. */
  hash(name: string, identity: TestIdentity): void {
    const at = this.find(name);
    if (at < 0) return;
    if (this.wordsOf !== this.buffer) {
      this.wordsOf = this.buffer;
      this.words = LITTLE_ENDIAN && this.buffer.byteOffset % 4 === 0 ? new Uint32Array(this.buffer.buffer, this.buffer.byteOffset, this.buffer.length >>> 2) : undefined;
    }
    identity.bytes(this.buffer, this.ranges[at + 2]!, this.ranges[at + 3]!, this.words);
  }

  private find(name: string): number {
    const buffer = this.buffer;
    const end = this.count * 4;
    outer: for (let at = 0; at < end; at += 4) {
      const start = this.ranges[at]!;
      if (this.ranges[at + 1]! - start !== name.length) continue;
      for (let index = 0; index < name.length; index++) if (buffer[start + index] !== name.charCodeAt(index)) continue outer;
      return at;
    }
    return -1;
  }
}

const LITTLE_ENDIAN = endianness() === 'LE';

/** `1.5e-3`, ` 2 `, `1,234.5`: what the fast path does not take. */
function parseLoose(raw: string): number | undefined {
  const value = Number(raw.trim().replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10)) ?? whole;
    return NAMED[body] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
