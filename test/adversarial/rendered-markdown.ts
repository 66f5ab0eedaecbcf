import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * A job summary as a reader sees it: rendered by a CommonMark + GFM parser
 * (tables, autolink literals, strikethrough), raw HTML passed through as
 * GitHub passes its allowed tags. The oracle for "no link, image, heading or
 * HTML formed from untrusted text" and for "no secret visible in any escaping".
 */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text a reader sees: tags dropped, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

export interface LiveElement {
  tag: string;
  /** href or src, for links and images. */
  target?: string;
  html: string;
}

/** Links, images, headings and any HTML tag in the rendered summary, in order. */
export function elementsOf(html: string): LiveElement[] {
  const elements: LiveElement[] = [];
  for (const match of html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
    const tag = match[1]!.toLowerCase();
    const target = /\b(?:href|src)="([^"]*)"/i.exec(match[2]!)?.[1];
    elements.push({ tag, target, html: match[0] });
  }
  return elements;
}

/** Every table row of the rendered summary, as the visible text of its cells. */
export function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => visibleText(cell[1]!).trim()));
}

/** Tags gates writes into summaries itself; any other came from untrusted text. */
const OWN_TAGS = new Set(['p', 'h2', 'h3', 'strong', 'em', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'br', 'blockquote', 'ul', 'li', 'a', 'wbr']);
/** Where gates' own links point: rule docs of the gates the step uses (any ref) and the files of the commit checked (the test harness's repository). */
const OWN_LINKS = [/^https:\/\/github\.com\/org\/gates\/blob\/[^/]+\//, /^https:\/\/github\.com\/octo-org\/octo-repo\/blob\/[0-9a-f]{40}\//];

/** What in a rendered summary gates did not write: foreign tags, and links that point elsewhere. */
export function foreignElements(summary: string): string[] {
  const problems: string[] = [];
  for (const element of elementsOf(renderGfm(summary))) {
    if (!OWN_TAGS.has(element.tag)) problems.push(`tag ${element.html}`);
    else if (element.tag === 'a' && !OWN_LINKS.some((link) => link.test(element.target ?? ''))) problems.push(`link ${element.html}`);
  }
  return problems;
}
