import type { ScannedMarkdown } from './markdown-scan.js';

/** Which rule a problem breaks (the action's rule ids; the CLI prints only the message). */
export type DocsRule = 'broken-link' | 'broken-anchor' | 'invalid-block' | 'external-link';

export interface DocsProblem {
  rule: DocsRule;
  file: string;
  line: number;
  message: string;
}

/** What the checker may look at besides the file itself: other files and their anchors, block parsers. */
export interface DocsFacts {
  /** Does this repository-relative path exist (file or directory)? */
  exists(path: string): boolean;
  /** The anchors of another Markdown file, or undefined when it is not one. */
  anchorsOf(path: string): Set<string> | undefined;
  /** Parses a block of a language it knows; returns an error message, '' when it parses, undefined for a language it does not check. */
  parseBlock(language: string, text: string): Promise<string | undefined>;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Every relative link of one file resolves to a file of the repository, and
 * every `#anchor` to a heading of the file it names; every YAML, JSON and
 * Mermaid block parses. External links (`https:`, `mailto:`) are returned
 * for the caller to check only when asked.
 */
export async function checkDocs(file: string, scanned: ScannedMarkdown, facts: DocsFacts, resolveLink: (from: string, target: string) => string): Promise<{ problems: DocsProblem[]; external: { url: string; line: number }[] }> {
  const problems: DocsProblem[] = [];
  const external: { url: string; line: number }[] = [];
  for (const { target, line } of scanned.links) {
    if (EXTERNAL.test(target)) {
      if (/^https?:/i.test(target)) external.push({ url: target, line });
      continue;
    }
    const [pathPart, anchor] = splitAnchor(target);
    const path = pathPart === '' ? file : resolveLink(file, decodeURIComponent(pathPart));
    if (pathPart !== '' && !facts.exists(path)) {
      problems.push({ rule: 'broken-link', file, line, message: `link to ${pathPart}: no such file` });
      continue;
    }
    if (anchor === undefined) continue;
    const anchors = pathPart === '' ? scanned.anchors : facts.anchorsOf(path);
    if (anchors && !anchors.has(decodeURIComponent(anchor).toLowerCase())) problems.push({ rule: 'broken-anchor', file, line, message: `link to ${target}: no heading with anchor #${anchor}` });
  }
  for (const block of scanned.blocks) {
    const error = await facts.parseBlock(block.language, block.text);
    if (error) problems.push({ rule: 'invalid-block', file, line: block.line, message: `${block.language} block does not parse: ${error}` });
  }
  return { problems, external };
}

function splitAnchor(target: string): [string, string | undefined] {
  const hash = target.indexOf('#');
  return hash < 0 ? [target, undefined] : [target.slice(0, hash), target.slice(hash + 1)];
}
