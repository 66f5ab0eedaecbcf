import { escapeCommandData, escapeCommandProperty } from '../runner/workflow-command.js';
import { escapeHtmlText, escapeMarkdown } from '../report/markdown.js';
import { percentEncodedPath, wellFormed } from '../report/well-formed.js';

/**
 * The encoded forms a secret can take in output, so that redacting the raw
 * value alone is not enough. Covers every encoder the GitHub runner's masker
 * registers (base64 at three alignments, command-line argument escaping,
 * expression string escaping, JSON string escaping, URI data escaping, XML
 * escaping, trimmed quotes, the two PowerShell ampersand sections) and more:
 * URL-safe base64, hex, other JSON and URL dialects, base64 wrapped at
 * MIME/PEM line widths, and gates' own escapings (Markdown, HTML entities,
 * workflow-command data). Pure.
 *
 * gates redacts before it escapes; its own escapings are here as a second
 * line of defence, and so that the runner's masker (which gets every form
 * through `::add-mask::`) hides them too.
 */

/** Line widths at which base64 is commonly wrapped: MIME (RFC 2045) and PEM (RFC 7468). */
export const WRAP_WIDTHS = [76, 64] as const;

/**
 * The characters of base64(secret) that depend on the secret alone, at each of
 * the three byte alignments it can have inside a longer blob (so a secret in
 * `base64("user:" + secret)` is found). Characters that mix in bits of unknown
 * neighbouring bytes are dropped, and so is padding, so `base64(secret + "\n")`
 * is found too.
 */
export function base64Fragments(secret: string, alphabet: 'standard' | 'url' = 'standard'): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const fragments: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(alphabet === 'url' ? 'base64url' : 'base64');
    const first = Math.ceil((offset * 8) / 6);
    const last = Math.floor(((offset + bytes.length) * 8) / 6);
    const fragment = encoded.slice(first, last);
    if (fragment.length > 0) fragments.push(fragment);
  }
  return fragments;
}

/**
 * A base64 fragment as it appears when the blob around it is wrapped every
 * `width` characters: the first break can fall after any of the fragment's
 * first `width` characters, then every `width` after it; `\n` or `\r\n`.
 */
export function wrappedForms(fragment: string, width: number): string[] {
  const forms: string[] = [];
  for (let firstBreak = 1; firstBreak < Math.min(fragment.length, width + 1); firstBreak++) {
    const pieces: string[] = [fragment.slice(0, firstBreak)];
    for (let at = firstBreak; at < fragment.length; at += width) pieces.push(fragment.slice(at, at + width));
    forms.push(pieces.join('\n'), pieces.join('\r\n'));
  }
  return forms;
}

export function jsonEscaped(secret: string): string {
  return JSON.stringify(secret).slice(1, -1);
}

/** JSON as Python's json.dumps writes it by default: non-ASCII as \uXXXX, and `/` as some PHP encoders write it. */
function jsonAsciiEscaped(secret: string): string {
  return jsonEscaped(secret).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** RFC 3986 escaping (.NET's Uri.EscapeDataString): encodeURIComponent leaves !'()* as they are. */
function rfc3986Escaped(secret: string): string {
  return encodeURIComponent(secret).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** .NET SecurityElement.Escape, as the runner uses. */
function xmlEscaped(secret: string): string {
  return secret.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

/** The runner's PowerShell sections: colour codes can split a secret at `&` (or after `&+` and one letter). */
function powerShellSections(secret: string): string[] {
  if (!secret.includes('&')) return [];
  const plus = secret.indexOf('&+');
  const before = plus >= 0 ? secret.slice(0, plus + 2) : secret.slice(0, secret.lastIndexOf('&') + 1);
  const after = plus >= 0 ? secret.slice(plus + 3) : secret.slice(secret.lastIndexOf('&') + 1);
  // The runner's own floor for these sections.
  return [before, after].filter((section) => section.length >= 6);
}

/** Named encoders of one form; each returns the encoded forms (possibly the input unchanged). */
export const ENCODERS: Encoders = {
  'base64': (value) => base64Fragments(value),
  'base64url': (value) => base64Fragments(value, 'url'),
  'base64-wrapped': (value) => base64Fragments(value).flatMap((fragment) => WRAP_WIDTHS.flatMap((width) => wrappedForms(fragment, width))),
  'command-line': (value) => [value.replace(/"/g, '\\"')],
  'expression-string': (value) => [value.replace(/'/g, "''")],
  'json': (value) => [jsonEscaped(value), jsonAsciiEscaped(value), jsonEscaped(value).replace(/\//g, '\\/')],
  // encodeURIComponent throws on a lone surrogate; a URI holds such text's UTF-8, where it is U+FFFD. The last form is
  // a path's, segment by segment with its slashes kept, as SARIF's artifact URIs and the summary's links encode files.
  'uri': (value) => [encodeURIComponent(wellFormed(value)), rfc3986Escaped(wellFormed(value)), new URLSearchParams({ v: value }).toString().slice(2), percentEncodedPath(value)],
  'xml': (value) => [xmlEscaped(value)],
  'html': (value) => [escapeHtmlText(value)],
  'markdown': (value) => [escapeMarkdown(value)],
  'workflow-command': (value) => [escapeCommandData(value), escapeCommandProperty(value)],
  'trimmed-quotes': (value) => (/^["'].*["']$/s.test(value) && value.length > 2 ? [value.slice(1, -1)] : []),
  'powershell-ampersand': (value) => powerShellSections(value),
  'hex': (value) => [Buffer.from(value, 'utf8').toString('hex'), Buffer.from(value, 'utf8').toString('hex').toUpperCase()],
};

/** An encoder table: named encoders of one form, each returning the encoded forms. */
export type Encoders = Readonly<Record<string, (value: string) => string[]>>;

/**
 * The encoders whose forms are listed: all but `base64-wrapped`, whose forms
 * the redactor finds from their starts instead (wrapped-forms.ts).
 */
export const UNWRAPPED_ENCODERS: Encoders = Object.fromEntries(Object.entries(ENCODERS).filter(([name]) => name !== 'base64-wrapped'));

/** Every form of one secret worth searching for, the secret itself first, each at least `minLength` long. */
export function secretVariants(secret: string, minLength: number, encoders: Encoders = ENCODERS): string[] {
  const forms = new Set<string>(baseForms(secret, minLength));
  for (const form of [...forms]) {
    for (const encode of Object.values(encoders)) for (const encoded of encode(form)) forms.add(encoded);
  }
  return [...forms].filter((form) => form.length >= minLength);
}

/** The base64 fragments whose wrapped forms (`base64-wrapped`) are among secretVariants' forms when they are `minLength` long. */
export function wrapSources(secret: string, minLength: number): string[] {
  return baseForms(secret, minLength).flatMap((form) => base64Fragments(form));
}

/** What the encoders encode: the secret, and each of its lines (trimmed) at least `minLength` long. */
function baseForms(secret: string, minLength: number): string[] {
  const forms = new Set<string>([secret]);
  for (const line of secret.split(/\r?\n/)) if (line.trim().length >= minLength) forms.add(line.trim());
  return [...forms];
}
