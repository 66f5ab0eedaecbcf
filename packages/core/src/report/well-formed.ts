/**
 * Lone surrogates as U+FFFD, as the text's UTF-8 holds them. They reach gates from JSON escapes: a Python scanner
 * decodes a file name that is not UTF-8 with surrogateescape and writes "\udcff" into its SARIF, and a hand-written
 * secrets JSON can hold "\ud800". encodeURIComponent throws URIError on them, so every percent-encoding of such text
 * (SARIF URIs, summary links, a secret's URI forms) goes through this first. Pure; the text itself when well formed.
 */
export function wellFormed(text: string): string {
  // String.prototype.toWellFormed (ES2024, in Node 20 and 24); the project's TypeScript lib is ES2022, hence the cast.
  return (text as string & { toWellFormed(): string }).toWellFormed();
}

/** A file path as a relative URI reference: each segment percent-encoded, the slashes kept (SARIF's artifact URIs). */
export function percentEncodedPath(file: string): string {
  return file.split('/').map((segment) => encodeURIComponent(wellFormed(segment))).join('/');
}
