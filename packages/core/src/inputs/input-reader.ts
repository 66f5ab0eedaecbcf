import { posix } from 'node:path';
import { GatesError } from '../errors/gates-error.js';
import type { Redactor } from '../redact/redactor.js';
import { shorten } from '../report/untrusted-text.js';
import { didYouMean } from '../text/did-you-mean.js';
import {
  InputParseError,
  parseBoolean,
  parseDuration,
  parseEnum,
  parseInteger,
  parseList,
  parseSize,
  TIMER_RANGE,
  type DurationRange,
} from './parse.js';

/** The runner's name mangling: `INPUT_` + name uppercased, spaces to `_`. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Longest input value quoted in an error. */
const QUOTED_VALUE_CHARACTERS = 80;

/**
 * Typed readers over the runner's INPUT_* contract. Empty means "not given"
 * (the runner sets declared-but-unset inputs to ""), so defaults apply.
 * With a redactor, a value is redacted whole before it is split into a list
 * or cut to be quoted in an error: a piece of a secret no longer matches it.
 */
export class InputReader {
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly redactor?: Redactor,
  ) {}

  raw(name: string): string | undefined {
    const value = this.env[inputEnvName(name)];
    return value === undefined || value.trim() === '' ? undefined : value;
  }

  string(name: string, fallback?: string): string | undefined {
    return this.raw(name)?.trim() ?? fallback;
  }

  required(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw new GatesError('GATES_E_INPUT_MISSING', { input: name });
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    return this.parsed(name, fallback, parseBoolean);
  }

  /** One entry per line, as `@actions/core` getMultilineInput reads it (commas are data: globs have `{a,b}`), redacted whole before it is split. */
  list(name: string, fallback: string[] = []): string[] {
    return this.parsed(name, fallback, (raw) => parseList(this.redacted(raw)));
  }

  /**
   * A path input whose action.yml default names an optional file (`config`, `sla`, `policy`). The runner delivers
   * a default exactly as if the user had written it and says nothing about which it was, so the value is judged
   * against the declared default: the default itself (or nothing) is `atDefault` — the file may be absent, which
   * means "not configured" — and any other value was set by the user, whose file must exist.
   */
  path(name: string, declaredDefault: string): { path: string; atDefault: boolean } {
    const value = this.string(name);
    if (value === undefined) return { path: declaredDefault, atDefault: true };
    const normal = (path: string) => posix.normalize(path.replace(/\\/g, '/'));
    return { path: value, atDefault: normal(value) === normal(declaredDefault) };
  }

  integer(name: string, fallback: number, range?: { min?: number; max?: number }): number {
    return this.parsed(name, fallback, (raw) => parseInteger(raw, range));
  }

  /** Milliseconds; every duration input becomes a timer, so it is bounded like one unless a tighter range is given. */
  duration(name: string, fallbackMs: number, range: DurationRange = TIMER_RANGE): number {
    return this.parsed(name, fallbackMs, (raw) => parseDuration(raw, range));
  }

  /** Bytes. */
  size(name: string, fallbackBytes: number): number {
    return this.parsed(name, fallbackBytes, parseSize);
  }

  enumeration<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    return this.parsed(name, fallback, (raw) => {
      try {
        return parseEnum(raw, allowed);
      } catch (error) {
        const guess = didYouMean(raw.trim(), allowed);
        if (guess && error instanceof InputParseError) {
          throw new InputParseError(`${error.expected} (did you mean "${guess}"?)`);
        }
        throw error;
      }
    });
  }

  private parsed<T>(name: string, fallback: T, parse: (raw: string) => T): T {
    const raw = this.raw(name);
    if (raw === undefined) return fallback;
    try {
      return parse(raw);
    } catch (error) {
      if (!(error instanceof InputParseError)) throw error;
      throw new GatesError('GATES_E_INPUT_INVALID', {
        input: name,
        value: shorten(this.redacted(raw), QUOTED_VALUE_CHARACTERS),
        expected: error.expected,
      });
    }
  }

  private redacted(raw: string): string {
    return this.redactor ? this.redactor.redact(raw) : raw;
  }
}
