/**
 * Spans of text to replace, from any number of matchers, merged so that
 * overlapping or adjacent secrets become one replacement (nothing of either
 * survives between them). Pure.
 */

export interface Span {
  start: number;
  end: number;
  /** The rule that found it, for `[REDACTED:<rule-id>]` replacements and counts. */
  ruleId: string;
}

/** Sorted, non-overlapping spans; a merged span keeps the rule of its first part. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  if (spans.length <= 1) return [...spans];
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [{ ...sorted[0]! }];
  for (let index = 1; index < sorted.length; index++) {
    const span = sorted[index]!;
    const last = merged[merged.length - 1]!;
    if (span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The text with each merged span replaced. */
export function replaceSpans(text: string, spans: readonly Span[], replacement: (span: Span) => string): string {
  if (spans.length === 0) return text;
  let result = '';
  let cursor = 0;
  for (const span of mergeSpans(spans)) {
    result += text.slice(cursor, span.start) + replacement(span);
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

/** The bytes with each merged span replaced; `replacement` is ASCII. */
export function replaceByteSpans(bytes: Uint8Array, spans: readonly Span[], replacement: (span: Span) => string): Buffer {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (spans.length === 0) return source;
  const parts: Buffer[] = [];
  let cursor = 0;
  for (const span of mergeSpans(spans)) {
    parts.push(source.subarray(cursor, span.start), Buffer.from(replacement(span), 'latin1'));
    cursor = span.end;
  }
  parts.push(source.subarray(cursor));
  return Buffer.concat(parts);
}
