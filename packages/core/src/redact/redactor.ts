import { mergeSpans, replaceByteSpans, type Span } from './intervals.js';
import { KEY_BYTES, LiteralMatcher } from './literal-matcher.js';
import { refusalOf, type Refusal } from './secret-strength.js';
import { secretVariants, UNWRAPPED_ENCODERS, wrapSources } from './secret-variants.js';
import { shortestWrappedLength, wrappedFormEnd, wrapStarts, type WrapStart } from './wrapped-forms.js';

export const REDACTED = '***';

/** Shorter secrets would mask ordinary words everywhere and make logs useless. */
export const DEFAULT_MIN_SECRET_LENGTH = 4;

/** The rule id of values the redactor was told about (as opposed to pattern rules). */
export const KNOWN_SECRET_RULE = 'known-secret';

/** A hook for pattern rules (redact-logs): text in, text with matches replaced out. */
export type RedactionRule = (text: string) => string;

/**
 * The one redactor every string gates writes passes through. It holds the
 * values known to be secret and their encoded forms; `onSecret` lets the runner
 * adapter register each with the runner's own masker.
 */
export class Redactor {
  private readonly secrets = new Set<string>();
  /** Every form searched for as it is: all but the wrapped base64 ones (always multi-line), found from their starts. */
  private readonly variants = new Set<string>();
  /** Base64 fragments whose wrapped forms are searched for (wrapped-forms.ts). */
  private readonly wrapSources = new Set<string>();
  /** Values only the runner masks (maskFound): never used by redact(). */
  private readonly found = new Set<string>();
  private readonly rules: RedactionRule[] = [];
  private matcher: CompiledForms | undefined;
  /** The UTF-8 length of the shortest form: a text too short to hold it in UTF-8 holds no secret. */
  private shortestVariantBytes = Number.POSITIVE_INFINITY;
  /** Texts shorter than this (in UTF-16 code units, times three) cannot change: no rule, and no form fits in them. */
  private unchangedBelow = Number.POSITIVE_INFINITY;
  private readonly listeners: ((value: string) => void)[] = [];

  constructor(readonly minLength = DEFAULT_MIN_SECRET_LENGTH) {
    if (minLength < KEY_BYTES) throw new RangeError(`the minimum secret length is at least ${KEY_BYTES}`);
  }

  /** Registers a secret; returns false (and masks nothing) when it is not worth masking (see refusalOf). */
  addSecret(value: string): boolean {
    return this.tryAddSecret(value) === undefined;
  }

  /** Like addSecret, saying why a value was refused. */
  tryAddSecret(value: string): Refusal | undefined {
    const refusal = refusalOf(value, this.minLength);
    if (refusal) return refusal;
    if (this.secrets.has(value)) return undefined;
    this.secrets.add(value);
    for (const variant of secretVariants(value, this.minLength, UNWRAPPED_ENCODERS)) {
      if (this.variants.has(variant)) continue;
      this.variants.add(variant);
      this.noteFormBytes(Buffer.byteLength(variant, 'utf8'));
      if (isSingleLine(variant)) for (const listener of this.listeners) listener(variant);
    }
    // The wrapped base64 forms (hundreds per fragment, each as long as it) are not listed: the runner's masker, line
    // by line, never gets them, and the matcher finds them from their starts (wrapped-forms.ts).
    for (const fragment of wrapSources(value, this.minLength)) {
      if (this.wrapSources.has(fragment)) continue;
      this.wrapSources.add(fragment);
      const shortest = shortestWrappedLength(fragment.length);
      if (shortest >= this.minLength) this.noteFormBytes(shortest);
    }
    this.matcher = undefined;
    return undefined;
  }

  /** A form of this many UTF-8 bytes is searched for: a shorter text cannot hold it. */
  private noteFormBytes(bytes: number): void {
    this.shortestVariantBytes = Math.min(this.shortestVariantBytes, bytes);
    if (this.rules.length === 0) this.unchangedBelow = this.shortestVariantBytes;
  }

  /**
   * A value redact-logs found in a scanned file (not one the workflow declared
   * secret): handed to the runner's masker, so later steps' logs hide it, and
   * nothing else. Gates' own output is never redacted with it: such values
   * are inferred from untrusted text, and one like `pass` would turn the
   * action's own `verdict` output into `***`. The caller decides which values
   * are worth masking; multi-line values are masked line by line by the caller.
   */
  maskFound(value: string): void {
    if (!isSingleLine(value) || value.length < this.minLength || this.found.has(value) || this.variants.has(value)) return;
    this.found.add(value);
    for (const listener of this.listeners) listener(value);
  }

  addRule(rule: RedactionRule): void {
    this.rules.push(rule);
    this.unchangedBelow = 0;
  }

  /**
   * Called with every single-line form of every secret (now and for those
   * already known). The runner masks line by line, so wrapped forms would
   * never match there.
   */
  onSecret(listener: (value: string) => void): void {
    this.listeners.push(listener);
    for (const variant of this.variants) if (isSingleLine(variant)) listener(variant);
    for (const value of this.found) listener(value);
  }

  get size(): number {
    return this.secrets.size;
  }

  /** Every form of every known secret, the wrapped ones included, for matchers over bytes (redact-logs). */
  forms(): string[] {
    const forms = new Set<string>();
    for (const secret of this.secrets) for (const form of secretVariants(secret, this.minLength)) forms.add(form);
    return [...forms];
  }

  /** Where known secrets occur in these bytes: at each start, the longest form there. */
  findKnown(bytes: Uint8Array, from = 0, to = bytes.length): Span[] {
    if (this.variants.size === 0) return [];
    const { matcher, listed, starts } = this.compiled();
    const spans: Span[] = [];
    let last: Span | undefined;
    // Every literal at every start, longest first: a wrapped form's start is followed to its end, which can be the longest there.
    matcher.visit(bytes, from, to, (literal, start, end) => {
      if (literal >= listed) end = wrappedFormEnd(bytes, start, to, starts[literal - listed]!, this.minLength);
      if (end < 0) return;
      if (last?.start === start) last.end = Math.max(last.end, end);
      else spans.push((last = { start, end, ruleId: KNOWN_SECRET_RULE }));
    });
    return spans;
  }

  redact(text: string): string {
    let result = text;
    // A UTF-16 code unit is at most three bytes of UTF-8 (a surrogate pair, two units, is four): a shorter text
    // cannot hold the shortest form. Most strings of a report are far shorter than a token and its encodings
    // (a runner's ACTIONS_RUNTIME_TOKEN is about a thousand characters), and are not encoded and searched.
    if (this.variants.size > 0 && text.length * 3 >= this.shortestVariantBytes) {
      const bytes = Buffer.from(text, 'utf8');
      const spans = mergeSpans(this.findKnown(bytes));
      if (spans.length > 0) result = replaceByteSpans(bytes, spans, () => REDACTED).toString('utf8');
    }
    for (const rule of this.rules) result = rule(result);
    return result;
  }

  /** Deep-redacts strings inside JSON-like data (reports, outputs). */
  redactValue<T>(value: T): T {
    // Nothing registered: nothing to find, and reports can be large.
    if (this.variants.size === 0 && this.rules.length === 0) return value;
    // Each distinct string is redacted once per call: a report repeats its keys, rule ids, severities, messages and
    // paths thousands of times, and redacting one (its bytes encoded and searched) cost far more than a lookup.
    // Redaction is a function of the string alone while the call runs (no secret is added meanwhile), so the
    // result is the same as redacting every occurrence.
    return this.redactDeep(value, new Map());
  }

  /**
   * A plain object or array in which nothing changes is returned as it is, not copied: a report's thousands of
   * findings usually hold no secret, and copying each (then collecting the copies) was most of what redacting a
   * report cost. A copy is what it was: own enumerable string keys in order; anything else that is an object
   * (a class instance, a Date) is always copied so, as JSON sees it.
   */
  private redactDeep<T>(value: T, seen: Map<string, string>): T {
    if (typeof value === 'string') return this.redactOnce(value, seen) as T;
    if (Array.isArray(value)) {
      if (value.constructor !== Array) return value.map((item) => this.redactDeep(item, seen)) as T;
      let copy: unknown[] | undefined;
      for (let index = 0; index < value.length; index++) {
        const original: unknown = value[index];
        // A hole: map() keeps it as a hole, which only it does.
        if (original === undefined && !(index in value)) return value.map((item) => this.redactDeep(item, seen)) as T;
        const item = this.redactItem(original, seen);
        if (copy === undefined) {
          if (item === original) continue;
          copy = value.slice(0, index);
        }
        copy.push(item);
      }
      return (copy ?? value) as T;
    }
    if (value && typeof value === 'object') {
      const source = value as Record<string, unknown>;
      const prototype = Object.getPrototypeOf(value) as unknown;
      let copy: Record<string, unknown> | undefined = prototype === Object.prototype || prototype === null ? undefined : {};
      const keys = Object.keys(source);
      for (let index = 0; index < keys.length; index++) {
        const key = keys[index]!;
        const redactedKey = this.redactOnce(key, seen);
        const original = source[key];
        const item = this.redactItem(original, seen);
        if (copy === undefined) {
          if (redactedKey === key && item === original) continue;
          // The first change: the keys before it are copied as they are.
          copy = {};
          for (let before = 0; before < index; before++) setOwn(copy, keys[before]!, source[keys[before]!]);
        }
        setOwn(copy, redactedKey, item);
      }
      return (copy ?? value) as T;
    }
    return value;
  }

  /**
   * An element or property value: numbers, booleans and short strings (most of a report) are answered here
   * without a call. redactDeep runs a few times per run over thousands of findings, mostly unoptimised, where
   * a call per value costs more than the checks.
   */
  private redactItem(value: unknown, seen: Map<string, string>): unknown {
    if (typeof value === 'string') return value.length * 3 < this.unchangedBelow ? value : this.redactOnce(value, seen);
    return typeof value === 'object' && value !== null ? this.redactDeep(value, seen) : value;
  }

  private redactOnce(text: string, seen: Map<string, string>): string {
    // Cheaper than the lookup: most strings of a report are too short to hold a secret.
    if (text.length * 3 < this.unchangedBelow) return text;
    let redacted = seen.get(text);
    if (redacted === undefined) seen.set(text, (redacted = this.redact(text)));
    return redacted;
  }

  /** One matcher for the listed forms, then the starts of the wrapped ones. */
  private compiled(): CompiledForms {
    if (this.matcher) return this.matcher;
    const literals: Uint8Array[] = [...this.variants].map((variant) => Buffer.from(variant, 'utf8'));
    const listed = literals.length;
    const starts: WrapStart[] = [];
    for (const fragment of this.wrapSources) {
      for (const { literal, start } of wrapStarts(fragment)) {
        literals.push(literal);
        starts.push(start);
      }
    }
    this.matcher = { matcher: new LiteralMatcher(literals), listed, starts };
    return this.matcher;
  }
}

/** The matcher's literals: the listed forms (indexes below `listed`), then the wrapped forms' starts. */
interface CompiledForms {
  matcher: LiteralMatcher;
  listed: number;
  starts: WrapStart[];
}

/**
 * A plain assignment, except `__proto__`, which becomes an own property (as fromEntries makes it). A key redacted
 * to one already set keeps its first place and takes the later value, as fromEntries did.
 */
function setOwn(target: Record<string, unknown>, key: string, item: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value: item, enumerable: true, writable: true, configurable: true });
  else target[key] = item;
}

function isSingleLine(value: string): boolean {
  return !value.includes('\n') && !value.includes('\r');
}
