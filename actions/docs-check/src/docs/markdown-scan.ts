/** What docs-check needs of one Markdown file: its headings' anchors, its links and its fenced code blocks. */
export interface ScannedMarkdown {
  anchors: Set<string>;
  links: { target: string; line: number }[];
  blocks: { language: string; text: string; line: number }[];
}

/**
 * A line scanner, not a full CommonMark parser: ATX headings, fenced code
 * blocks (``` and ~~~, any length), inline links and images `[text](target)`
 * outside code spans and blocks, and explicit `<a name|id="...">` anchors.
 * Reference-style links and setext headings are not read (this repository's
 * docs use neither).
 */
export function scanMarkdown(text: string): ScannedMarkdown {
  const anchors = new Set<string>();
  const slugCounts = new Map<string, number>();
  const links: ScannedMarkdown['links'] = [];
  const blocks: ScannedMarkdown['blocks'] = [];
  let fence: { marker: string; language: string; line: number; lines: string[] } | undefined;
  text.split('\n').forEach((line, index) => {
    const number = index + 1;
    if (fence) {
      if (line.trim().startsWith(fence.marker) && line.trim().replace(new RegExp(`^${fence.marker[0] === '`' ? '`' : '~'}+`), '').trim() === '') {
        blocks.push({ language: fence.language, text: fence.lines.join('\n'), line: fence.line });
        fence = undefined;
      } else fence.lines.push(line);
      return;
    }
    const opening = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/.exec(line);
    if (opening) {
      fence = { marker: opening[1]!, language: opening[2]!.toLowerCase(), line: number + 1, lines: [] };
      return;
    }
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const base = githubSlug(heading[1]!);
      const seen = slugCounts.get(base) ?? 0;
      slugCounts.set(base, seen + 1);
      anchors.add(seen === 0 ? base : `${base}-${seen}`);
    }
    for (const match of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(match[1]!);
    const prose = line.replace(/`[^`]*`/g, (span) => ' '.repeat(span.length));
    for (const match of prose.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ target: match[1]!, line: number });
  });
  return { anchors, links, blocks };
}

/**
 * The anchor GitHub gives a heading: inline Markdown dropped to its text,
 * lower-cased, every character that is not a letter, a digit, a space, `-`
 * or `_` removed, spaces turned into `-`. Duplicates get `-1`, `-2` (scanMarkdown).
 */
export function githubSlug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '');
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}
