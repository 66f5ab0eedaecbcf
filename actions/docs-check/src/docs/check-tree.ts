import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { containedPath, GatesError, readTextFile } from '@gates/core';
import { checkDocs, type DocsProblem } from './check-docs.js';
import { checkExternal } from './external-link.js';
import { scanMarkdown, type ScannedMarkdown } from './markdown-scan.js';
import { blockParser } from './parse-blocks.js';

const MAX_DOC_BYTES = 4 * 1024 * 1024;

export interface DocsTreeResult {
  files: string[];
  external: number;
  problems: DocsProblem[];
}

/**
 * docs-check over a checkout, shared by `gates docs-check` and the docs-check action: the Markdown files of
 * `paths` (default: README.md, CHANGELOG.md, each top-level folder's README.md and docs/), their links, anchors
 * and blocks, and with `external` their http(s) links.
 */
export async function checkDocsTree(checkout: string, paths: readonly string[], options: { external?: boolean } = {}): Promise<DocsTreeResult> {
  const root = realpathSync(checkout);
  const files = markdownFiles(root, paths.length ? paths : defaultDocsPaths(root));
  const scans = new Map<string, ScannedMarkdown>();
  const scan = (file: string) => {
    if (!scans.has(file)) scans.set(file, scanMarkdown(readTextFile(join(root, file), { maxBytes: MAX_DOC_BYTES })));
    return scans.get(file)!;
  };
  const facts = {
    exists: (path: string) => !relative(root, join(root, path)).startsWith('..') && existsSync(join(root, path)),
    anchorsOf: (path: string) => (path.endsWith('.md') && statSync(join(root, path)).isFile() ? scan(path).anchors : undefined),
    // Mermaid from the gates installation, else from the checkout's own node_modules (an action has none of its own).
    parseBlock: blockParser(root),
  };
  const problems: DocsProblem[] = [];
  let external = 0;
  for (const file of files) {
    const result = await checkDocs(file, scan(file), facts, (from, target) => relative(root, resolve(root, dirname(from), target)));
    for (const problem of result.problems) problems.push(problem);
    if (!options.external) continue;
    for (const link of result.external) {
      external += 1;
      const error = await checkExternal(link.url);
      if (error) problems.push({ rule: 'external-link', file, line: link.line, message: `external link ${link.url}: ${error}` });
    }
  }
  return { files, external, problems };
}

/** README.md, CHANGELOG.md, each top-level folder's README.md and docs/, those that exist. */
export function defaultDocsPaths(root: string): string[] {
  const readmes = readdirSync(root).filter((name) => !name.startsWith('.') && name !== 'node_modules').map((name) => join(name, 'README.md'));
  return ['README.md', 'CHANGELOG.md', ...readmes, 'docs'].filter((path) => existsSync(join(root, path)));
}

/**
 * The .md files of the given paths, sorted: folders walked (node_modules, dot-folders and symbolic links skipped,
 * so a link cannot lead the walk out of the checkout or round in a loop); a path outside the checkout is refused.
 */
export function markdownFiles(root: string, paths: readonly string[]): string[] {
  const found = new Set<string>();
  const walk = (path: string, named: boolean) => {
    const absolute = join(root, path);
    if (!existsSync(absolute)) throw new GatesError('GATES_E_FILE_NOT_FOUND', { file: path });
    if (!named && lstatSync(absolute).isSymbolicLink()) return;
    if (statSync(absolute).isDirectory()) {
      for (const name of readdirSync(absolute)) if (!name.startsWith('.') && name !== 'node_modules') walk(join(path, name), false);
    } else if (path.endsWith('.md')) found.add(relative(root, absolute));
  };
  for (const path of paths) {
    const absolute = resolve(root, path);
    // Refused (exit 2) when outside the checkout as written or through a link on the way.
    if (absolute !== root) containedPath(root, absolute);
    walk(relative(root, absolute) || '.', true);
  }
  return [...found].sort();
}
