import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { GatesError, readTextFile, type ExitCodeValue } from '@gates/core';
import type { CliIo } from '../cli-io.js';
import { checkDocs, type DocsProblem } from '../docs-check/check-docs.js';
import { scanMarkdown, type ScannedMarkdown } from '../docs-check/markdown-scan.js';
import { parseBlock } from '../docs-check/parse-blocks.js';
import type { ParsedCommand } from '../parse-argv.js';

const MAX_DOC_BYTES = 4 * 1024 * 1024;
const EXTERNAL_TIMEOUT_MS = 10_000;

/** `gates docs-check [path]...`: the suite's (or any repository's) Markdown links, anchors and code blocks. */
export async function docsCheckCommand(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const root = resolve((parsed.values.workspace as string | undefined) ?? '.');
  const files = markdownFiles(root, parsed.positionals.length ? parsed.positionals : defaultPaths(root));
  if (files.length === 0) throw new GatesError('GATES_E_USAGE', { detail: 'no Markdown files to check' }, { hint: 'Name .md files or folders, relative to --workspace.' });
  const scans = new Map<string, ScannedMarkdown>();
  const scan = (file: string) => {
    if (!scans.has(file)) scans.set(file, scanMarkdown(readTextFile(join(root, file), { maxBytes: MAX_DOC_BYTES })));
    return scans.get(file)!;
  };
  const facts = {
    exists: (path: string) => !relative(root, join(root, path)).startsWith('..') && existsSync(join(root, path)),
    anchorsOf: (path: string) => (path.endsWith('.md') && statSync(join(root, path)).isFile() ? scan(path).anchors : undefined),
    parseBlock,
  };
  const problems: DocsProblem[] = [];
  let external = 0;
  for (const file of files) {
    const result = await checkDocs(file, scan(file), facts, (from, target) => relative(root, resolve(root, dirname(from), target)));
    for (const problem of result.problems) problems.push(problem);
    if (parsed.values.external) {
      for (const link of result.external) {
        external += 1;
        const error = await checkExternal(link.url);
        if (error) problems.push({ file, line: link.line, message: `external link ${link.url}: ${error}` });
      }
    }
  }
  if (io.flags.json) io.out(`${JSON.stringify({ files: files.length, external, problems }, null, 2)}\n`);
  else {
    for (const problem of problems) io.out(`${problem.file}:${problem.line}: ${problem.message}\n`);
    io.out(`docs-check: ${files.length} file(s), ${problems.length} problem(s)${parsed.values.external ? `, ${external} external link(s) checked` : ' (external links not checked: --external)'}\n`);
  }
  return problems.length ? 1 : 0;
}

/** README.md, CHANGELOG.md, each top-level folder's README.md and docs/. */
function defaultPaths(root: string): string[] {
  const readmes = readdirSync(root).filter((name) => !name.startsWith('.') && name !== 'node_modules').map((name) => join(name, 'README.md'));
  return ['README.md', 'CHANGELOG.md', ...readmes, 'docs'].filter((path) => existsSync(join(root, path)));
}

/** The .md files of the given paths (folders walked, node_modules and dot-folders skipped), sorted. */
function markdownFiles(root: string, paths: readonly string[]): string[] {
  const found = new Set<string>();
  const walk = (path: string) => {
    const absolute = join(root, path);
    if (!existsSync(absolute)) throw new GatesError('GATES_E_FILE_NOT_FOUND', { file: path });
    if (statSync(absolute).isDirectory()) {
      for (const name of readdirSync(absolute)) if (!name.startsWith('.') && name !== 'node_modules') walk(join(path, name));
    } else if (path.endsWith('.md')) found.add(relative(root, absolute));
  };
  for (const path of paths) walk(path);
  return [...found].sort();
}

/** A HEAD request (GET when HEAD is refused) that must end in a 2xx or 3xx status within the timeout. */
async function checkExternal(url: string): Promise<string | undefined> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(EXTERNAL_TIMEOUT_MS) });
      if (response.ok) return undefined;
      if (method === 'GET' || ![403, 405, 501].includes(response.status)) return `HTTP ${response.status}`;
    } catch (error) {
      if (method === 'GET') return (error as Error).message;
    }
  }
  return undefined;
}
