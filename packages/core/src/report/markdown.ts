/**
 * Escaping for text that came from files, users or the API (test names,
 * messages, paths) so that it renders as the text it is: no HTML tag, entity,
 * heading, emphasis, link, image, autolink or table break can form from it,
 * and it never leaves its line or table cell. Pure.
 *
 * Actions do not call these directly: untrusted text goes through
 * `markdownText(redactor)` (untrusted-text.ts), which redacts it first.
 *
 * Each character is escaped on its own, the same wherever it stands (so a
 * secret's escaped form is one string the redactor can also search for);
 * only the three autolink triggers depend on what follows or precedes, and
 * are broken by an insertion that leaves the characters around it as they are.
 */
export function escapeMarkdown(text: string): string {
  // One pass (a summary escapes thousands of cells); most cells need nothing.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(SPECIALS, escapeSpecial);
}

/**
 * - line breaks (CR LF, a lone CR, LF, and the Unicode line and paragraph
 *   separators): a space, so text stays on its line and in its table cell;
 * - other control characters and bidirectional overrides: `\xNN` / `\uNNNN`
 *   as visible text, so they can neither hide nor reorder what is shown;
 * - `&`, `<`, `>`: entities (no tag, entity or `<autolink>`);
 * - Markdown punctuation: a backslash, which renders it as itself;
 * - GitHub's autolinks (`scheme://`, `www.`, `name@domain.tld`): a `<wbr>`
 *   inside the trigger. Backslashes and entities would not do for e-mail
 *   addresses: GitHub finds those in text after escapes are resolved.
 */
const NEEDS_ESCAPING = /[&<>\\`*_[\]|~#$\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|:\/\/|www\.|@[\w.+-]*\.\w/i;
const SPECIALS = /\r\n|:(?=\/\/)|(?<=www)\.|@(?=[\w.+-]*\.\w)|[&<>\\`*_[\]|~#$\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gi;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const LINE_BREAKS = new Set(['\r\n', '\r', '\n', '\u2028', '\u2029', '\u0085']);
const AUTOLINK_BREAKS: Record<string, string> = { ':': ':<wbr>', '@': '@<wbr>', '.': '<wbr>.' };

function escapeSpecial(match: string): string {
  if (LINE_BREAKS.has(match)) return ' ';
  const entity = HTML_ENTITIES[match] ?? AUTOLINK_BREAKS[match];
  if (entity) return entity;
  const code = match.charCodeAt(0);
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code > 0xff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\${match}`;
}

/** `&`, `<` and `>` as the entities escapeMarkdown writes (the HTML-entity form of a secret the redactor also searches for). */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (char) => HTML_ENTITIES[char]!);
}

/**
 * Code-styled text (paths, ids, refs) as an HTML `<code>` element: GitHub
 * parses Markdown inside it, so its content is escaped exactly as text is.
 * (A backtick code span would show the text raw, but a table cell still
 * splits at its `|`, and no escape inside a code span renders as itself.)
 */
export function inlineCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [tableRow(header), `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(tableRow(row));
  return lines.join('\n');
}

/**
 * 1234567 → "1,234,567". Not toLocaleString: in a fresh process its first
 * call loads ICU's number formatting, 15–25 ms measured, on every run.
 */
export function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * One row of a table whose cells are already escaped. A line break left in
 * a cell (a renderer's own text, say) would end the row and start a block
 * of its own: each becomes a space here, whatever built the cell.
 */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(CELL_BREAKS, ' ')).join(' | ')} |`;
}

const CELL_BREAKS = /[\r\n\u2028\u2029\u0085]/g;
