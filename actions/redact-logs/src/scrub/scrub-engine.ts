import type { Span } from '@gates/core';
import type { PatternHit } from '../rules/pattern-matcher.js';
import type { BinaryPolicy } from '../policy/redact-policy.js';
import type { SecretScanner } from './secret-scanner.js';
import { StreamScrubber } from './stream-scrubber.js';

/** What every file's scrubber shares: the scanner, how to replace, and where found values go. */
export interface ScrubEngine {
  scanner: SecretScanner;
  replacement: 'mask' | 'rule-id';
  binary: BinaryPolicy;
  onPatternValue: (hit: PatternHit) => void;
}

/** Text gets the policy's replacement; binary content the same number of `*`, so offsets and sizes (tar headers, core dumps) stay valid. */
export function scrubberFor(engine: ScrubEngine, kind: 'text' | 'binary', write: (bytes: Buffer) => void): StreamScrubber {
  const replacement =
    kind === 'binary'
      ? (span: Span) => '*'.repeat(span.end - span.start)
      : engine.replacement === 'rule-id'
        ? (span: Span) => `[REDACTED:${span.ruleId}]`
        : () => '***';
  return new StreamScrubber(engine.scanner, { write, replacement, onPatternValue: engine.onPatternValue });
}
