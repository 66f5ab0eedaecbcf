import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { emptyFacts, type RepositoryFacts } from './repository-facts.js';
import { parseWorkflowFacts } from './workflow-model.js';

/** Workflow files are small; a bigger one is generated or hostile and is reported, not parsed. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Lockfiles of large monorepos run to tens of megabytes. */
const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;
const MAX_FILES = 200_000;
const SKIP_DIRECTORIES = new Set(['.git', 'node_modules', '.venv', 'vendor', 'dist', 'target']);

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION = /(^|\/)action\.ya?ml$/;
const DOCKERFILE = /(^|\/)((Dockerfile|Containerfile)(\.[\w.-]+)?|[\w.-]+\.(Dockerfile|Containerfile))$/;
const MANIFEST = /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|requirements[\w.-]*\.txt|go\.mod|Cargo\.toml|pyproject\.toml)$|^\.tool-versions$/;

/**
 * Walks the workspace once and reads the files the rules need. Symlinks are
 * never followed (a link out of the workspace would leak or loop); binary,
 * oversized, unreadable and non-UTF-8 files are listed as skipped with why.
 * Synchronous I/O on purpose: the step does nothing else meanwhile, and for
 * a thousand small files it is several times faster than promise-per-file.
 */
export async function collectFacts(workspace: string): Promise<RepositoryFacts> {
  const facts = emptyFacts();
  const toRead: { absolute: string; path: string }[] = [];
  const pending = [workspace];
  while (pending.length > 0 && facts.paths.size < MAX_FILES) {
    const directory = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      facts.skipped.push({ path: toRelative(workspace, directory), reason: `cannot list: ${(error as NodeJS.ErrnoException).code}` });
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const absolute = join(directory, entry.name);
      const path = toRelative(workspace, absolute);
      if (entry.isDirectory()) {
        if (!SKIP_DIRECTORIES.has(entry.name)) pending.push(absolute);
      } else if (entry.isSymbolicLink()) {
        if (wanted(path)) facts.skipped.push({ path, reason: 'symbolic link, not followed' });
      } else if (entry.isFile()) {
        facts.paths.add(path);
        if (wanted(path)) toRead.push({ absolute, path });
      }
    }
  }
  for (const { absolute, path } of toRead) {
    const text = readWanted(absolute, path, facts);
    if (text !== undefined) addFileFacts(facts, path, text);
  }
  return facts;
}

function wanted(path: string): boolean {
  return WORKFLOW.test(path) || ACTION.test(path) || DOCKERFILE.test(path) || MANIFEST.test(path);
}

function readWanted(absolute: string, path: string, facts: RepositoryFacts): string | undefined {
  const limit = /(package-lock|npm-shrinkwrap)\.json$/.test(path) ? MAX_LOCKFILE_BYTES : MAX_FILE_BYTES;
  return readText(absolute, path, facts, limit);
}

/** Files the rules read, by path; pure, so tests build facts from text without a filesystem. */
export function addFileFacts(facts: RepositoryFacts, path: string, text: string): void {
  facts.paths.add(path);
  if (WORKFLOW.test(path)) facts.workflows.push(parseWorkflowFacts(path, text, 'workflow'));
  else if (ACTION.test(path)) facts.workflows.push(parseWorkflowFacts(path, text, 'action'));
  else if (DOCKERFILE.test(path)) facts.dockerfiles.push({ path, text });
  else if (MANIFEST.test(path)) facts.manifests.push({ path, text });
}

/** O_NOFOLLOW: a file swapped for a link after the walk is still not followed; O_NONBLOCK: a FIFO cannot hang the read. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

function readText(absolute: string, path: string, facts: RepositoryFacts, limit: number): string | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(absolute, OPEN_FLAGS);
    const info = fstatSync(descriptor);
    if (!info.isFile()) {
      facts.skipped.push({ path, reason: 'not a regular file' });
      return undefined;
    }
    if (info.size > limit) {
      facts.skipped.push({ path, reason: `${info.size} bytes, over the ${limit}-byte limit` });
      return undefined;
    }
    const bytes = readInto(descriptor, info.size);
    if (bytes.includes(0)) {
      facts.skipped.push({ path, reason: 'binary file' });
      return undefined;
    }
    if (!isUtf8(bytes)) {
      facts.skipped.push({ path, reason: 'not valid UTF-8' });
      return undefined;
    }
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    facts.skipped.push({ path, reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * One buffer for every file, grown when a file is larger: a new Buffer per
 * file is external memory, and allocating a thousand of them made V8 collect
 * garbage often enough to cost more than the reads themselves.
 */
let scratch = Buffer.allocUnsafe(256 * 1024);

function readInto(descriptor: number, size: number): Buffer {
  if (size > scratch.length) scratch = Buffer.allocUnsafe(size);
  let filled = 0;
  // The size is from fstat; a file that grew since is read up to it, one that shrank up to its end.
  while (filled < size) {
    const read = readSync(descriptor, scratch, filled, size - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return scratch.subarray(0, filled);
}

function toRelative(workspace: string, absolute: string): string {
  return relative(workspace, absolute).split(sep).join('/');
}
