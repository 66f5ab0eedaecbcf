import { alignColumns, displayWidth } from './columns.js';
import type { Style } from './style.js';

/**
 * The job summaries as a terminal shows them: headings and bold as bold, a
 * quote indented, HTML entities decoded, `<code>` coloured instead of shown,
 * `<br>` as a line break, `<details>` opened, links as `label (url)`, tables
 * aligned when they fit the width and as one block per row when they do not.
 * Only the Markdown gates writes is handled; anything else passes through as
 * text. Pure.
 */
export function markdownToText(markdown: string, style: Style, width = 100): string {
  const out: string[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fence = /^(`{3,})/.exec(line);
    if (fence) {
      // A fenced block (fix mode's diff) is shown as it is, up to its closing fence.
      for (index++; index < lines.length && !lines[index]!.startsWith(fence[1]!); index++) out.push(`    ${lines[index]}`);
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[] = [];
      for (; index < lines.length && lines[index]!.startsWith('|'); index++) rows.push(lines[index]!);
      index--;
      for (const line of renderTable(rows, style, width)) out.push(line);
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) out.push(paintVerdict(style.bold(inline(heading[1]!, style)), heading[1]!, style));
    else if (/^\s*<\/?details>\s*$/.test(line)) continue;
    else if (/^<details><summary>(.*)<\/summary>$/.test(line)) out.push(style.bold(`${inline(/^<details><summary>(.*)<\/summary>$/.exec(line)![1]!, style)}:`));
    else if (line.startsWith('>')) out.push(`  ${style.dim('│')} ${quoteLine(line.replace(/^>\s?/, ''), style)}`);
    else out.push(inline(line, style));
  }
  // Blank lines around removed blocks collapse into one.
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** A quote's line; GitHub's alert marker (`[!WARNING]`) as a coloured word. */
function quoteLine(text: string, style: Style): string {
  const alert = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$/.exec(text.trim());
  if (!alert) return inline(text, style);
  const word = alert[1]!.charAt(0) + alert[1]!.slice(1).toLowerCase();
  return alert[1] === 'WARNING' || alert[1] === 'CAUTION' ? style.yellow(style.bold(word)) : style.bold(word);
}

/** Inline Markdown and HTML to text; `<br>` becomes a newline (a table cell turns it into an indented line). */
export function inline(text: string, style: Style): string {
  return decodeEntities(
    text
      .replace(/<details><summary>(.*?)<\/summary>/g, '$1:<br>')
      .replace(/<\/details>/g, '')
      .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_whole, label: string, url: string) => (label === url ? url : `${label} <${url}>`))
      .replace(/<code>(.*?)<\/code>/g, (_whole, code: string) => style.cyan(code))
      .replace(/\*\*(.+?)\*\*/g, (_whole, bold: string) => style.bold(bold))
      .replace(/`([^`]+)`/g, (_whole, code: string) => style.cyan(code))
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/\\([\\`*_[\]|~#<>!{}()+.-])/g, '$1'),
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#124': '|', '#96': '`', '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#124|#96|#39);/g, (_whole, name: string) => ENTITIES[name]!);
}

/** Severity and verdict words in colour, so the eye finds them. */
function paintVerdict(rendered: string, source: string, style: Style): string {
  if (source.includes('❌') || source.includes('⛔')) return style.red(rendered);
  if (source.includes('✅')) return style.green(rendered);
  return rendered;
}

const SEVERITY_COLOUR: [RegExp, keyof Style][] = [
  [/^🔴 error$/, 'red'],
  [/^🟠 warning$/, 'yellow'],
  [/^🔵 note$/, 'blue'],
];

/** Splits a table row on the pipes that separate cells (escaped `\|` and `&#124;` are content). */
function cells(row: string): string[] {
  const parts = row.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);
  return parts.map((part) => part.trim());
}

/** Cells this long or longer, or with line breaks, go below the row's first line when the table is too wide. */
const SHORT_CELL = 48;

function renderTable(rows: string[], style: Style, width: number): string[] {
  const [headerRow, , ...bodyRows] = rows;
  const header = cells(headerRow!).map((cell) => inline(cell, plain));
  const body = bodyRows.map((row) => cells(row).map((cell) => inline(cell, plain)));
  const widths = header.map((title, column) => body.reduce((widest, row) => Math.max(widest, displayWidth(row[column] ?? '')), displayWidth(title)));
  const fits = body.every((row) => row.every((cell) => !cell.includes('\n'))) && widths.reduce((sum, w) => sum + w + 2, 0) <= width;
  const colour = (cell: string) => {
    const match = SEVERITY_COLOUR.find(([pattern]) => pattern.test(cell));
    return match ? style[match[1]](cell) : cell;
  };
  if (fits) return alignColumns([header.map(style.bold), ...body.map((row) => row.map(colour))]);
  // Too wide for aligned columns: one block per row, short cells on its first line, long ones indented below.
  return body.flatMap((row) => {
    const short: string[] = [];
    const long: string[] = [];
    row.forEach((cell, column) => {
      if (!cell) return;
      if (cell.includes('\n') || cell.length >= SHORT_CELL) for (const part of cell.split('\n')) long.push(`    ${part.trim()}`);
      else short.push(column === 0 || !header[column] ? colour(cell) : `${style.dim(`${header[column]}:`)} ${cell}`);
    });
    return [short.join('  '), ...long];
  });
}

const identity = (text: string) => text;
const plain: Style = { bold: identity, dim: identity, red: identity, green: identity, yellow: identity, blue: identity, cyan: identity };
