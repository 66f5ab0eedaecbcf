/**
 * Markdown/HTML escaping for text that came from files or users: test names,
 * messages, paths. The job summary renders HTML, so `<`, `>` and `&` are
 * entities; Markdown control characters are backslash-escaped; a cell never
 * breaks its table row.
 */
export function escapeMarkdown(text: string): string {
  // One pass (a summary escapes thousands of cells); most cells need nothing.
  return MARKDOWN_SPECIAL.test(text) ? text.replace(MARKDOWN_SPECIALS, escapeMarkdownChar) : text;
}

const MARKDOWN_SPECIAL = /[&<>\\`*_[\]|~\u0000-\u001f\u007f]/;
const MARKDOWN_SPECIALS = /\r?\n|[&<>\\`*_[\]|~\u0000-\u001f\u007f]/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function escapeMarkdownChar(match: string): string {
  if (match === '\n' || match === '\r\n') return ' ';
  const entity = HTML_ENTITIES[match];
  if (entity) return entity;
  const code = match.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  return `\\${match}`;
}

/** Inline code as HTML, so backticks and pipes inside it cannot end it or a table cell. */
export function inlineCode(text: string): string {
  return `<code>${text.replace(/\r?\n/g, ' ').replace(/[<>&|`]/g, (char) => INLINE_CODE_ENTITIES[char]!)}</code>`;
}

const INLINE_CODE_ENTITIES: Record<string, string> = { ...HTML_ENTITIES, '|': '&#124;', '`': '&#96;' };

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
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

/** One row of a table whose cells are already escaped. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
