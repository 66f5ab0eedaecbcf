import { exactNumber, type JsonNumber } from './decimal.js';

/** A parsed document whose numbers keep their exact value (drift-check). */
export type ExactJson = null | boolean | number | JsonNumber | string | ExactJson[] | { [key: string]: ExactJson };

/** `exact`: numbers a double would change stay JsonNumbers; `plain`: every number is a double, as JSON.parse gives it. */
export type NumberMode = 'exact' | 'plain';

export class JsonReadError extends Error {
  constructor(
    readonly kind: 'syntax' | 'duplicate-key',
    message: string,
    /** UTF-16 offset in the text: of the offending character, or of the second occurrence of the key. */
    readonly offset: number,
    readonly key?: string,
  ) {
    super(message);
  }
}

interface Frame {
  container: ExactJson[] | { [key: string]: ExactJson };
  /** The key the next value goes under (objects only). */
  key: string | undefined;
}

/**
 * A JSON reader (RFC 8259) that JSON.parse cannot replace on Node 20, which
 * has no access to a number's source text: numbers keep their exact value
 * (`exact` mode), a key twice in one object is an error (JSON.parse keeps the
 * last one silently), `__proto__` is a key like any other. An explicit
 * stack, not recursion, so nesting depth is bounded by memory only, as with
 * JSON.parse. A leading byte order mark is skipped.
 */
export function readJson(text: string, numbers: NumberMode = 'plain'): ExactJson {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: Frame[] = [];

  const fail = (message: string, at = pos): never => {
    throw new JsonReadError('syntax', at >= text.length ? `${message}: the text ends` : `${message}, found ${JSON.stringify(text[at])}`, at);
  };
  const skipSpace = () => {
    for (let c = text.charCodeAt(pos); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++pos));
  };
  const readString = (): string => {
    const start = ++pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x22) return text.slice(start, pos++);
      if (c === 0x5c) return readEscapedString(start - 1);
      if (c < 0x20 || Number.isNaN(c)) fail('the closing quote of a string was expected (control characters must be escaped)');
      pos++;
    }
  };
  // Strings with escapes are rare: find the closing quote, then let JSON.parse decode (and check) the escapes.
  const readEscapedString = (quote: number): string => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x22) break;
      if (c < 0x20 || Number.isNaN(c)) fail('a string was not closed');
      pos += c === 0x5c ? 2 : 1;
    }
    try {
      return JSON.parse(text.slice(quote, ++pos)) as string;
    } catch {
      return fail('a valid escape sequence was expected', text.indexOf('\\', quote));
    }
  };
  const digits = (): number => {
    const start = pos;
    for (let c = text.charCodeAt(pos); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++pos));
    return pos - start;
  };
  const readNumber = (): number | JsonNumber => {
    const start = pos;
    const negative = text.charCodeAt(pos) === 0x2d;
    if (negative) pos++;
    const first = text.charCodeAt(pos);
    // The integer part's value, read as it is scanned: exact up to 15 digits, so most integers need no slice.
    let whole = 0;
    if (first === 0x30) pos++;
    else if (first >= 0x31 && first <= 0x39) {
      for (let c = first; c >= 0x30 && c <= 0x39; c = text.charCodeAt(++pos)) whole = whole * 10 + (c - 0x30);
    } else fail('a digit was expected');
    let count = pos - start - (negative ? 1 : 0);
    let integer = true;
    if (text.charCodeAt(pos) === 0x2e) {
      pos++;
      const fraction = digits();
      if (fraction === 0) fail('a digit was expected after the decimal point');
      count += fraction;
      integer = false;
    }
    const e = text.charCodeAt(pos);
    if (e === 0x65 || e === 0x45) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === 0x2b || sign === 0x2d) pos++;
      if (digits() === 0) fail('a digit was expected in the exponent');
      integer = false;
    }
    // Up to 15 digits and no fraction or exponent: every such integer is a double exactly (-0 included).
    if (integer && count <= 15) return negative ? -whole : whole;
    const source = text.slice(start, pos);
    return numbers === 'plain' ? Number(source) : exactNumber(source, count, integer);
  };
  const readLiteral = (c: number): boolean | null => {
    const [word, literal] = c === 0x74 ? (['true', true] as const) : c === 0x66 ? (['false', false] as const) : (['null', null] as const);
    if (!text.startsWith(word, pos)) fail('a value was expected');
    pos += word.length;
    return literal;
  };
  const readKey = (object: { [key: string]: ExactJson }): string => {
    skipSpace();
    if (text.charCodeAt(pos) !== 0x22) fail('a key (a string) was expected');
    const at = pos;
    const key = readString();
    if (Object.hasOwn(object, key)) throw new JsonReadError('duplicate-key', `the key ${JSON.stringify(key.slice(0, 80))} appears twice in one object`, at, key);
    skipSpace();
    if (text.charCodeAt(pos) !== 0x3a) fail('a colon after the key was expected');
    pos++;
    return key;
  };

  let value: ExactJson;
  for (;;) {
    // Read one value; an opened container that is not empty goes on the stack and its first member is read next.
    skipSpace();
    const c = text.charCodeAt(pos);
    if (c === 0x7b) {
      const object: { [key: string]: ExactJson } = {};
      pos++;
      skipSpace();
      if (text.charCodeAt(pos) !== 0x7d) {
        stack.push({ container: object, key: readKey(object) });
        continue;
      }
      pos++;
      value = object;
    } else if (c === 0x5b) {
      const array: ExactJson[] = [];
      pos++;
      skipSpace();
      if (text.charCodeAt(pos) !== 0x5d) {
        stack.push({ container: array, key: undefined });
        continue;
      }
      pos++;
      value = array;
    } else if (c === 0x22) value = readString();
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) value = readNumber();
    else value = readLiteral(c);

    // Hand the value to its container; close every container that ends here.
    let next = false;
    while (!next) {
      const frame = stack[stack.length - 1];
      if (!frame) {
        skipSpace();
        if (pos < text.length) fail('the end of the document was expected');
        return value;
      }
      const { container } = frame;
      if (Array.isArray(container)) container.push(value);
      else if (frame.key === '__proto__') Object.defineProperty(container, '__proto__', { value, enumerable: true, writable: true, configurable: true });
      else container[frame.key!] = value;
      skipSpace();
      const d = text.charCodeAt(pos++);
      if (d === 0x2c) {
        if (!Array.isArray(container)) frame.key = readKey(container);
        next = true;
      } else if (d === (Array.isArray(container) ? 0x5d : 0x7d)) {
        stack.pop();
        value = container;
      } else fail(Array.isArray(container) ? 'a comma or ] was expected' : 'a comma or } was expected', pos - 1);
    }
  }
}

/** 1-based line and column (UTF-16 units) of an offset, for messages. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
