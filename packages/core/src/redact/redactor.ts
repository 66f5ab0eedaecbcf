import { secretVariants } from './secret-variants.js';

export const REDACTED = '***';

/** Shorter secrets would mask ordinary words everywhere and make logs useless. */
export const DEFAULT_MIN_SECRET_LENGTH = 4;

/** A hook for redact-logs' pattern rules: text in, text with matches replaced out. */
export type RedactionRule = (text: string) => string;

/**
 * The one redactor every string gates writes passes through. It holds the
 * values known to be secret and their encoded forms; `onSecret` lets the runner
 * adapter register each with the runner's own masker.
 */
export class Redactor {
  private readonly secrets = new Set<string>();
  private readonly variants = new Set<string>();
  private readonly rules: RedactionRule[] = [];
  private pattern: RegExp | undefined;
  private readonly listeners: ((value: string) => void)[] = [];

  constructor(readonly minLength = DEFAULT_MIN_SECRET_LENGTH) {}

  /** Registers a secret; returns false (and masks nothing) when it is too short to mask safely. */
  addSecret(value: string): boolean {
    const trimmed = value.trim();
    if (trimmed.length < this.minLength) return false;
    if (this.secrets.has(value)) return true;
    this.secrets.add(value);
    for (const variant of secretVariants(value, this.minLength)) {
      if (this.variants.has(variant)) continue;
      this.variants.add(variant);
      for (const listener of this.listeners) listener(variant);
    }
    this.pattern = undefined;
    return true;
  }

  addRule(rule: RedactionRule): void {
    this.rules.push(rule);
  }

  /** Called with every new form of every secret (now and for those already known). */
  onSecret(listener: (value: string) => void): void {
    this.listeners.push(listener);
    for (const variant of this.variants) listener(variant);
  }

  get size(): number {
    return this.secrets.size;
  }

  redact(text: string): string {
    let result = text;
    if (this.variants.size > 0) result = result.replace(this.compiled(), REDACTED);
    for (const rule of this.rules) result = rule(result);
    return result;
  }

  /** Deep-redacts strings inside JSON-like data (reports, outputs). */
  redactValue<T>(value: T): T {
    // Nothing registered: nothing to find, and reports can be large.
    if (this.variants.size === 0 && this.rules.length === 0) return value;
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((item) => this.redactValue(item)) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [this.redact(key), this.redactValue(item)]),
      ) as T;
    }
    return value;
  }

  private compiled(): RegExp {
    if (!this.pattern) {
      // Longest first, so a secret that contains another is replaced whole.
      const alternatives = [...this.variants]
        .sort((a, b) => b.length - a.length)
        .map((variant) => variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      this.pattern = new RegExp(alternatives.join('|'), 'g');
    }
    return this.pattern;
  }
}
