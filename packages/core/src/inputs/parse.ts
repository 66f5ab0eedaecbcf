/**
 * Pure parsers for action input strings. Each returns the parsed value or
 * throws InputParseError with a description of what was expected; the reader
 * adds the input's name.
 */
export class InputParseError extends Error {
  constructor(readonly expected: string) {
    super(expected);
  }
}

// The YAML 1.2 core-schema booleans, as the runner's own getBooleanInput accepts.
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);

export function parseBoolean(raw: string): boolean {
  const value = raw.trim();
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  throw new InputParseError('true or false');
}

/** One entry per line (getMultilineInput): blank lines and surrounding spaces dropped, commas kept. */
export function parseList(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export function parseInteger(raw: string, range: { min?: number; max?: number } = {}): number {
  const value = raw.trim();
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  const expected = `a whole number from ${min} to ${max}`;
  if (!/^-?\d+$/.test(value)) throw new InputParseError(expected);
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < min || number > max) throw new InputParseError(expected);
  return number;
}

/** Inclusive bounds in milliseconds. */
export interface DurationRange {
  minMs?: number;
  maxMs?: number;
}

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * What a timer accepts: at least 1 ms and at most 24 days. Node's timers
 * honour at most 2^31-1 ms (about 24.8 days): a longer delay fires after
 * 1 ms, and past 2^32 ms AbortSignal.timeout throws. Every duration that
 * becomes a timer is bounded by this or a tighter range.
 */
export const TIMER_RANGE: Required<DurationRange> = { minMs: 1, maxMs: 24 * 86_400_000 };

/**
 * `250ms`, `30s`, `5m`, `1h30m`, `2d`; a bare number is seconds. Returns
 * milliseconds, within `range` (by default any finite amount, for budgets;
 * timers pass TIMER_RANGE or a tighter range).
 */
export function parseDuration(raw: string, range: DurationRange = {}): number {
  const value = raw.trim();
  const { minMs = 0, maxMs = Number.MAX_SAFE_INTEGER } = range;
  const bounded = range.minMs !== undefined || range.maxMs !== undefined;
  const expected = bounded ? `a duration from ${formatDuration(minMs)} to ${formatDuration(maxMs)}, such as 30s, 5m or 1h30m` : 'a duration such as 30s, 5m, 1h30m or 250ms';
  let total = 0;
  if (/^\d+(\.\d+)?$/.test(value)) {
    total = Number(value) * 1000;
  } else {
    const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
    let consumed = 0;
    for (let match = part.exec(value); match; match = part.exec(value)) {
      total += Number(match[1]) * DURATION_UNITS_MS[match[2]!]!;
      consumed = part.lastIndex;
    }
    if (value.length === 0 || consumed !== value.length) throw new InputParseError(expected);
  }
  const ms = Math.round(total);
  if (!Number.isSafeInteger(ms) || ms < minMs || ms > maxMs) throw new InputParseError(expected);
  return ms;
}

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/** `256MiB`, `10MB`, `512KiB`, `1024` (bytes). Returns bytes. */
export function parseSize(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(raw.trim());
  const unit = match ? (match[2] || 'b').toLowerCase() : '';
  const factor = SIZE_UNITS[unit];
  const bytes = match && factor !== undefined ? Math.round(Number(match[1]) * factor) : Number.NaN;
  // Digits alone can overflow to Infinity (or lose precision) long before any unit applies.
  if (!Number.isSafeInteger(bytes)) throw new InputParseError('a size such as 512KiB, 256MiB, 10MB or a byte count');
  return bytes;
}

export function parseEnum<T extends string>(raw: string, allowed: readonly T[]): T {
  const value = raw.trim();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputParseError(`one of ${allowed.join(', ')}`);
}

/** The inverse of parseDuration for messages: 1500 → "1.5s", 120000 → "2m". */
export function formatDuration(ms: number): string {
  if (ms % 86_400_000 === 0 && ms > 0) return `${ms / 86_400_000}d`;
  if (ms % 3_600_000 === 0 && ms > 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0 && ms > 0) return `${ms / 60_000}m`;
  if (ms >= 1000) return `${Number((ms / 1000).toFixed(3))}s`;
  return `${ms}ms`;
}
