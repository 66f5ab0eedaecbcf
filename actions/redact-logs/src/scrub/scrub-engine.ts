import { KNOWN_SECRET_RULE, type Span } from '@gates/core';
import type { PatternHit } from '../rules/pattern-matcher.js';
import type { BinaryPolicy } from '../policy/redact-policy.js';
import type { SecretScanner } from './secret-scanner.js';
import { StreamScrubber, type AllowedOccurrence } from './stream-scrubber.js';

/** What every file's scrubber shares: the scanner, how to replace, and where found values go. */
export interface ScrubEngine {
  scanner: SecretScanner;
  replacement: 'mask' | 'rule-id';
  binary: BinaryPolicy;
  onPatternValue: (hit: PatternHit) => void;
  onAllowed?: (find: AllowedOccurrence) => void;
}

/** Text gets the policy's replacement; binary content the same number of `*`, so offsets and sizes (tar headers, core dumps) stay valid. */
export function scrubberFor(engine: ScrubEngine, kind: 'text' | 'binary', write: (bytes: Buffer) => void): StreamScrubber {
  const replacement =
    kind === 'binary'
      ? (span: Span) => '*'.repeat(span.end - span.start)
      : engine.replacement === 'rule-id'
        ? (span: Span) => `[REDACTED:${span.ruleId}]`
        : () => '***';
  return new StreamScrubber(engine.scanner, { write, replacement, onPatternValue: engine.onPatternValue, onAllowed: engine.onAllowed });
}

/** A read-only search of content the policy leaves as it is: how many known values it holds. */
export interface KnownValueSearch {
  push(chunk: Uint8Array): void;
  /** The count of known values found, once the content has ended. */
  end(): number;
}

/**
 * Binary content the policy does not scrub is still searched for the known
 * values (a byte search needs no decoding): the same scanner over the same
 * windows, its output dropped, and no value registered from pattern rules
 * (they are not meant for binary data).
 */
export function knownValueSearch(engine: ScrubEngine): KnownValueSearch {
  const scrubber = new StreamScrubber(engine.scanner, { write: () => {}, replacement: () => '' });
  return {
    push: (chunk) => scrubber.push(chunk),
    end: () => {
      scrubber.end();
      return scrubber.occurrences.get(KNOWN_SECRET_RULE)?.count ?? 0;
    },
  };
}
