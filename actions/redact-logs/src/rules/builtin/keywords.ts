/** Helpers the built-in rule tables share: keyword spellings and the pieces of context regexes. */

/** lower, UPPER and Capitalised forms of each word. */
export function caseVariants(words: readonly string[]): string[] {
  return words.flatMap((word) => [...new Set([word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)])]);
}

/** Every spelling of a short word in any mix of cases (`-key`: `-key`, `-Key`, `-KEY`, `-kEy`, …): 2^letters keywords. */
export function anyCase(word: string): string[] {
  let spellings = [''];
  for (const char of word) {
    const cases = char.toLowerCase() === char.toUpperCase() ? [char] : [char.toLowerCase(), char.toUpperCase()];
    spellings = spellings.flatMap((prefix) => cases.map((next) => prefix + next));
  }
  return spellings;
}

export const BASE64_URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A three-byte prefix followed by each character that can come next: four-byte
 * keywords, as the prefilter needs. Without it a three-byte keyword becomes
 * 256 literals (any next byte), which thickens the prefilter for every file.
 */
export function followedBy(prefix: string, next: string): string[] {
  return [...next].map((char) => prefix + char);
}

/**
 * Between a name and its value: `name = value`, `name: "value"`, `"name": "value"`,
 * `name => 'value'`, also with JSON-escaped quotes (`\"name\": \"value\"`,
 * a config file printed inside a JSON string).
 */
export const ASSIGN = String.raw`\\?["'\x60]?\s{0,4}(?:=|:=|::=|:|=>|\?=)\s{0,4}\\?["'\x60]?`;

/** A value that ends where a token cannot go on. */
export const TOKEN_END = String.raw`(?![A-Za-z0-9_-])`;
