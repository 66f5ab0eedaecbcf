import { LiteralMatcher, type LiteralMatch } from './literal-matcher.js';
import { WRAP_WIDTHS } from './secret-variants.js';

/**
 * Finds base64 fragments wrapped at MIME/PEM widths without a literal per
 * wrapped form. A fragment of L characters has 2 x (up to 76 + 64) wrapped
 * forms (wrappedForms: the first break after each of its first `width`
 * characters, then one every `width`, `\n` or `\r\n`), each about as long as
 * the fragment: for a runner's 1 KB token, 840 forms and 1.2 MB of text to
 * build, encode and index at start, for text that is almost never wrapped
 * base64. Here a wrapped form is what it is: the fragment, found in a run of
 * base64 characters and line breaks once the breaks are taken out, with
 * breaks of one kind inside it at those places. Exactly the occurrences of
 * the forms wrappedForms lists (at least `minLength` long). Pure.
 */

/** What a wrapped form is made of besides its breaks: the standard base64 alphabet (fragments carry no padding). */
const BASE64 = new Uint8Array(256);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64[char.charCodeAt(0)] = 1;
const LF = 0x0a;
const CR = 0x0d;

export class WrappedMatcher {
  private matcher: LiteralMatcher | undefined;
  private readonly fragments: Uint8Array[];
  /** A run of base64 and breaks shorter than this holds no wrapped form: the shortest fragment and one break. */
  private readonly shortestRun: number;

  /**
   * `fragments`: the base64 fragments whose wrapped forms are searched for;
   * at least KEY_BYTES long (a fragment of a form of `minLength` characters
   * is at least that long, and minLength is at least KEY_BYTES).
   * A match's `literal` is the index of its fragment.
   */
  constructor(
    fragments: readonly string[],
    private readonly minLength: number,
  ) {
    this.fragments = fragments.map((fragment) => Buffer.from(fragment, 'latin1'));
    let shortest = Number.POSITIVE_INFINITY;
    for (const fragment of this.fragments) shortest = Math.min(shortest, fragment.length);
    this.shortestRun = shortest + 1;
  }

  /**
   * Every wrapped form that starts and ends in [from, to): one match per
   * start, the longest there, ascending (LiteralMatcher.findAll's shape).
   */
  findAll(haystack: Uint8Array, from = 0, to = haystack.length): LiteralMatch[] {
    const matches: LiteralMatch[] = [];
    if (this.fragments.length === 0) return matches;
    // A wrapped form has a line feed in it: most texts are answered by the native search for one.
    for (let lf = haystack.indexOf(LF, from); lf !== -1 && lf < to; ) {
      let start = lf;
      while (start > from && (BASE64[haystack[start - 1]!] === 1 || isBreakAt(haystack, start - 1, to))) start--;
      let end = lf + 1;
      while (end < to && (BASE64[haystack[end]!] === 1 || isBreakAt(haystack, end, to))) end++;
      if (end - start >= this.shortestRun) this.searchRun(haystack, start, end, matches);
      lf = end < to ? haystack.indexOf(LF, end) : -1;
    }
    return matches;
  }

  /**
   * One run of base64 characters and breaks: its characters without the
   * breaks, searched for the fragments; each occurrence is a wrapped form when
   * the breaks inside it are of one kind and fall where wrappedForms puts them.
   */
  private searchRun(haystack: Uint8Array, start: number, end: number, matches: LiteralMatch[]): void {
    const text = Buffer.allocUnsafe(end - start);
    /** Where each break is in `text` (the index of the character after it) and its length in bytes (1 or 2). */
    const breakAt: number[] = [];
    const breakBytes: number[] = [];
    let length = 0;
    for (let at = start; at < end; at++) {
      const byte = haystack[at]!;
      if (byte === CR || byte === LF) {
        breakAt.push(length);
        breakBytes.push(byte === CR ? 2 : 1);
        if (byte === CR) at++;
      } else text[length++] = byte;
    }
    // The run's bytes before a character: its index plus the bytes of the breaks before it.
    const bytesBefore: number[] = [0];
    for (let index = 0; index < breakBytes.length; index++) bytesBefore.push(bytesBefore[index]! + breakBytes[index]!);
    const found: LiteralMatch[] = [];
    this.compiled().visit(text, 0, length, (literal, at, atEnd) => {
      const first = firstBreakAfter(breakAt, at);
      const breaks = wrappedBreaks(breakAt, breakBytes, first, at, atEnd);
      if (breaks < 0) return;
      const size = atEnd - at + breaks * breakBytes[first]!;
      if (size < this.minLength) return;
      const from = start + at + bytesBefore[first]!;
      found.push({ start: from, end: from + size, literal });
    });
    // visit reports every fragment at a position, longest first; a shorter one there can be wrapped where the longer is not.
    let last = matches.length > 0 ? matches[matches.length - 1]! : undefined;
    for (const match of found) {
      if (last && last.start === match.start) {
        if (match.end > last.end) last.end = match.end;
        continue;
      }
      matches.push((last = match));
    }
  }

  private compiled(): LiteralMatcher {
    this.matcher ??= new LiteralMatcher(this.fragments);
    return this.matcher;
  }
}

/** A break starts here: a line feed, or a carriage return followed by one (a lone carriage return ends a run). */
function isBreakAt(haystack: Uint8Array, at: number, to: number): boolean {
  const byte = haystack[at]!;
  if (byte === LF) return true;
  return byte === CR && at + 1 < to && haystack[at + 1] === LF;
}

/** The index of the first break after character `at` (breakAt is ascending). */
function firstBreakAfter(breakAt: readonly number[], at: number): number {
  let low = 0;
  let high = breakAt.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (breakAt[middle]! <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The number of breaks inside the fragment found at [at, end) of the text,
 * when they make one of its wrapped forms (wrappedForms): at least one, of
 * one kind, the first after 1 to `width` characters, then one every `width`
 * characters, the last piece 1 to `width` long. -1 when they do not.
 */
function wrappedBreaks(breakAt: readonly number[], breakBytes: readonly number[], first: number, at: number, end: number): number {
  if (first >= breakAt.length || breakAt[first]! >= end) return -1;
  const kind = breakBytes[first]!;
  for (const width of WRAP_WIDTHS) {
    if (breakAt[first]! - at > width) continue;
    let last = first;
    while (last + 1 < breakAt.length && breakAt[last + 1]! < end && breakAt[last + 1]! - breakAt[last]! === width && breakBytes[last + 1] === kind) last++;
    // A break inside that broke the pattern (another width, two in a row, the other kind) leaves no wrapped form.
    if (last + 1 < breakAt.length && breakAt[last + 1]! < end) continue;
    if (end - breakAt[last]! <= width) return last - first + 1;
  }
  return -1;
}
