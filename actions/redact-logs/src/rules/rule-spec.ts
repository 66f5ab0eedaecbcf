/** A pattern rule as written in the built-in table or in `.github/gates-redact.yml`. */
export interface RuleSpec {
  id: string;
  description: string;
  /** A JavaScript regular expression; bounded quantifiers keep every match shorter than the scan overlap. */
  regex: string;
  /** Regex flags besides g/d, e.g. `i`. */
  flags?: string;
  /** Strings one of which must occur in a window before the regex runs (the fast prefilter). */
  keywords: string[];
  /** Which capture group is the secret (default: the whole match), e.g. the password of a URL. */
  secretGroup?: number;
  /** Minimum Shannon entropy, bits per character, of the secret: filters placeholders and words. */
  minEntropy?: number;
  /** Regexes; a secret matching one of them is kept (documentation examples, placeholders). */
  allow?: string[];
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
}
