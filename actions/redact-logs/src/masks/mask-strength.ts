import { describeRefusal, refusalOf, type Refusal } from '@gates/core';
import { shannonEntropy } from '../rules/entropy.js';
import { isPlaceholder } from '../rules/placeholders.js';
import { isWordLike } from '../rules/common-words.js';

/**
 * Whether a value a rule found is worth giving to the runner's masker. The
 * runner hides a masked value everywhere for the rest of the job, in every
 * log line, output and summary; a weak value (`pass`, `postgres`, a
 * placeholder) would mangle all of them and protect nothing. The file it was
 * found in is scrubbed either way. Pure.
 */
export type MaskRefusal = Refusal | 'placeholder' | 'dictionary-word' | 'suite-output' | 'mask-limit';

/** Found values are guesses, not declarations: a longer floor than for known values. */
export const MIN_FOUND_MASK_LENGTH = 8;
/** Bits per character; eight distinct characters give 3. */
const MIN_MASK_ENTROPY = 2.5;

/** Everything but suite-output, which needs the run's own outputs (checked at the end of the run). */
export function maskRefusalOf(value: string, minLength: number): MaskRefusal | undefined {
  const refusal = refusalOf(value, Math.max(minLength, MIN_FOUND_MASK_LENGTH));
  if (refusal) return refusal;
  if (isPlaceholder(value)) return 'placeholder';
  if (shannonEntropy(value) < MIN_MASK_ENTROPY) return 'low-entropy';
  if (isWordLike(value)) return 'dictionary-word';
  return undefined;
}

export function describeMaskRefusal(refusal: MaskRefusal, minLength: number): string {
  switch (refusal) {
    case 'placeholder':
      return 'a placeholder, not a credential';
    case 'dictionary-word':
      return 'a word (or words) that ordinary logs contain';
    case 'suite-output':
      return "part of the suite's own outputs or summary";
    case 'mask-limit':
      return 'over max-masks';
    case 'low-entropy':
      return 'too little variety of characters';
    default:
      return describeRefusal(refusal, Math.max(minLength, MIN_FOUND_MASK_LENGTH));
  }
}
