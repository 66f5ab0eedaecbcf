/**
 * Lone surrogates as U+FFFD, as the text's UTF-8 holds them. They reach gates from JSON escapes: a Python scanner
 * decodes a file name that is not UTF-8 with surrogateescape and writes "\udcff" into its SARIF, and a hand-written
 * secrets JSON can hold "\ud800". encodeURIComponent throws URIError on them, so every percent-encoding of such text
 * (SARIF URIs, summary links, a secret's URI forms) goes through this first. Pure; the text itself when well formed.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
