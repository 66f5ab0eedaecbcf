/** A pattern rule as written in the built-in table, in `.github/gates-redact.yml` or in a gitleaks config. */
export interface RuleSpec {
  id: string;
  description: string;
  /** A JavaScript regular expression; bounded quantifiers keep every match shorter than the scan overlap. */
  regex: string;
  /** Regex flags besides g/d, e.g. `i`. */
  flags?: string;
  /** Strings one of which must occur in a window before the regex runs (the fast prefilter); none: the regex runs everywhere. */
  keywords: string[];
  /**
   * Which capture group is the secret: 0 (the default) the whole match, n
   * that group, `first` the first group that took part and is not empty
   * (gitleaks' rule when none is named; lets alternatives hold the secret in
   * different groups).
   */
  secretGroup?: number | 'first';
  /** Minimum Shannon entropy, bits per character, of the secret: filters placeholders and words. */
  minEntropy?: number;
  /** Regexes; a secret matching one of them is kept (documentation examples, placeholders). */
  allow?: string[];
  /**
   * The shared placeholder filter (`${{ secrets.X }}`, `<your-token>`,
   * `YOUR_PASSWORD`, `xxxxxxxx`, `***`, …): on unless a rule's value is
   * structured so that no placeholder can match it (a key block).
   */
  placeholders?: boolean;
  /**
   * Where a match starts relative to its keyword, when that is fixed (0: the
   * match starts with the keyword). The regex is then tried only there, not
   * searched for across the text around it.
   */
  anchor?: number;
  /** How far before a keyword a match may start, in bytes (default 256). */
  lead?: number;
  /** How far after a keyword a match may end, in bytes (default 8 KiB). */
  reach?: number;
  /** A check of the secret the regex cannot express (e.g. a docker `auth` value decodes to `user:password`). */
  check?: (secret: string) => boolean;
  /** Structural rules: where the secrets are inside a match (offsets in `text`), instead of a capture group. */
  locate?: (text: string, match: RegExpExecArray) => SecretRange[];
  /** Also run over decoded content that is binary (a base64 PKCS#12 file in a log). */
  binary?: boolean;
  /** The rule applies only to files whose path this accepts (gitleaks' rule `path`). */
  appliesTo?: (path: string) => boolean;
  /** Filters that keep a find (gitleaks allowlists: on the secret, the match or the line; stopwords; paths). */
  keep?: readonly FindFilter[];
  /** Built-in rules: the vendor or kind, the docs' grouping. */
  family?: string;
  /** Built-in rules: the format a test plants samples of (never a real key); see testing/rule-samples.ts. */
  sample?: RuleSample;
  /** Built-in rules: strings that look like this rule's secret and are not one; they must survive. */
  nearMisses?: string[];
}

/** What an allowlist can look at: the secret, the whole match, its line and the file's path. */
export interface Find {
  secret: string;
  match: string;
  line: string;
  file: string;
}

/** true: the find is allowed (kept in the file, not reported). */
export type FindFilter = (find: Find) => boolean;

export interface SecretRange {
  start: number;
  end: number;
}

/**
 * A sample of a rule's secret: a template where `{alnum:36}` stands for 36
 * random characters of a named set (see SAMPLE_CHARSETS), in the line a tool
 * prints it in (`{secret}` marks where). Rules whose secrets have structure
 * (key blocks, manifests) build their sample with a function instead.
 */
export type RuleSample = { secret: string; line?: string } | ((random: (charset: string, length: number) => string) => { secret: string; line: string });

/** The named character sets sample templates use. */
export const SAMPLE_CHARSETS: Readonly<Record<string, string>> = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  upperdigit: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  lowerdigit: 'abcdefghijklmnopqrstuvwxyz0123456789',
  base32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  bech32: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
};
