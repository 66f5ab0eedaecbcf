/**
 * Inline suppression: a line that says `gates:allow` (or gitleaks'
 * `gitleaks:allow`) keeps what pattern rules find on it, e.g. a test fixture
 * or a documented example key. The text after the marker is the reason the
 * report records. Known values (given as secret) are redacted whatever a line
 * says. Pure.
 */
export const ALLOW_MARKERS = ['gates:allow', 'gitleaks:allow'];

/** At most this much of a reason is kept, and only characters that cannot form Markdown or markup. */
const REASON_CHARS = 120;

/** The reason (possibly empty) when the line holding `at` carries a marker at one of `markers` (sorted offsets); undefined otherwise. */
export function allowedBy(bytes: Uint8Array, markers: readonly { start: number; end: number }[], at: number): string | undefined {
  if (markers.length === 0) return undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lineStart = at === 0 ? 0 : buffer.lastIndexOf(10, at - 1) + 1;
  const newline = buffer.indexOf(10, at);
  const lineEnd = newline < 0 ? buffer.length : newline;
  const marker = markers.find((candidate) => candidate.start >= lineStart && candidate.start < lineEnd);
  if (!marker) return undefined;
  return reasonOf(buffer.toString('utf8', marker.end, Math.min(lineEnd, marker.end + 4 * REASON_CHARS)));
}

/** `gates:allow: test fixture -->` → `test fixture`. */
export function reasonOf(text: string): string {
  const cut = text.replace(/^[\s:=,-]+/, '').split(/\*\/|-->|[\r"`]/)[0]!;
  return cut.replace(/[^\p{L}\p{N} .,;:()'/_+-]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, REASON_CHARS);
}
