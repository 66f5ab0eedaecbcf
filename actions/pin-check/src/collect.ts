import { isUtf8 } from 'node:buffer';
import { closeSync, readdirSync, readFileSync, readSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import { GatesError, openRegularFile, UnreadableFile } from '@gates/core';
import { parseDockerfile } from './dockerfile.js';
import { addNpmLockFacts } from './npm-lock-facts.js';
import { emptyFacts, type RepositoryFacts } from './repository-facts.js';
import { hasScriptExtension, isShellScript, mayBeShebangScript, referencedScripts } from './shell/script-files.js';
import { parseWorkflowFacts } from './workflow-model.js';

/** Workflow files are small; a bigger one is generated or hostile and is reported, not parsed. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Lockfiles of large monorepos run to tens of megabytes. */
const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;
const MAX_FILES = 200_000;
const SKIP_DIRECTORIES = new Set(['.git', 'node_modules', '.venv', 'vendor', 'dist', 'target']);

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
/** Directories whose content is what pin-check is for: a link or an unlistable one there hides every workflow. */
const WORKFLOW_DIRECTORIES = new Set(['.github', '.github/workflows']);
const ACTION = /(^|\/)action\.ya?ml$/;
const DOCKERFILE = /(^|\/)((Dockerfile|Containerfile)(\.[\w.-]+)?|[\w.-]+\.(Dockerfile|Containerfile))$/;
const MANIFEST = /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|pnpm-workspace\.yaml|requirements[\w.-]*\.txt|go\.mod|go\.work|Cargo\.toml|pyproject\.toml)$|^\.tool-versions$/;

/**
 * Walks the workspace once and reads the files the rules need. Symlinks are
 * never followed (a link out of the workspace would leak or loop); binary,
 * oversized, unreadable and non-UTF-8 files are listed as skipped with why.
 * Synchronous I/O on purpose: the step does nothing else meanwhile, and for
 * a thousand small files it is several times faster than promise-per-file.
 * `onRead` hears the length of each file's text as it is read.
 */
export async function collectFacts(workspace: string, onRead?: (characters: number) => void): Promise<RepositoryFacts> {
  const facts = emptyFacts();
  requireReadableWorkspace(workspace);
  const toRead: { absolute: string; path: string }[] = [];
  /** Files without an extension: read as scripts only when their first bytes are a shell shebang. */
  const toSniff: { absolute: string; path: string }[] = [];
  // Directories with their path relative to the workspace ('' for the workspace itself).
  const pending: [string, string][] = [[workspace, '']];
  while (pending.length > 0 && facts.paths.size < MAX_FILES) {
    const [directory, prefix] = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      const path = prefix.replace(/\/$/, '');
      facts.skipped.push({ path: path || '.', reason: `cannot list: ${(error as NodeJS.ErrnoException).code}`, blocking: WORKFLOW_DIRECTORIES.has(path) });
      continue;
    }
    // Code-unit order: the same on every machine and locale.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = join(directory, entry.name);
      const path = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!SKIP_DIRECTORIES.has(entry.name)) pending.push([absolute, `${path}/`]);
      } else if (entry.isSymbolicLink()) {
        if (WORKFLOW_DIRECTORIES.has(path)) facts.skipped.push({ path, reason: 'symbolic link, not followed: the workflows behind it were not checked', blocking: true });
        else if (wanted(path)) facts.skipped.push({ path, reason: 'symbolic link, not followed' });
      } else if (entry.isFile()) {
        facts.paths.add(path);
        if (wanted(path)) toRead.push({ absolute, path });
        else if (mayBeShebangScript(path)) toSniff.push({ absolute, path });
      }
    }
  }
  for (const { absolute, path } of toRead) {
    const text = readWanted(absolute, path, facts);
    if (text === undefined) continue;
    addFileFacts(facts, path, text);
    onRead?.(text.length);
  }
  for (const { absolute, path } of toSniff) {
    if (!startsWithShebang(absolute)) continue;
    const text = readText(absolute, path, facts, MAX_FILE_BYTES);
    if (text === undefined) continue;
    addFileFacts(facts, path, text);
    onRead?.(text.length);
  }
  addReferencedScripts(facts, (path) => readText(join(workspace, path), path, facts, MAX_FILE_BYTES));
  await addNpmLockFacts(facts);
  return facts;
}

/**
 * A workspace that is missing, not a directory or cannot be listed has nothing
 * to check, and nothing to check is not a pass: exit 3, naming the reason.
 */
function requireReadableWorkspace(workspace: string): void {
  try {
    readdirSync(workspace);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'the workspace does not exist' : code === 'ENOTDIR' ? 'the workspace is not a directory' : `the workspace cannot be listed (${code})`;
    throw new GatesError('GATES_E_FILESYSTEM', { path: workspace, reason }, { hint: 'pin-check reads the checkout: run actions/checkout before it (or pass --workspace DIR to `gates run`).' });
  }
}

function wanted(path: string): boolean {
  return WORKFLOW.test(path) || ACTION.test(path) || DOCKERFILE.test(path) || MANIFEST.test(path) || hasScriptExtension(path);
}

/**
 * Scripts the `run:` steps run that were not read as scripts already: files
 * with no extension and no shebang (`bash ci/install`, `./build`). `read`
 * gives a workspace file's text, or undefined. Most repositories have few
 * such files, so the scripts are searched only for their names.
 */
export function addReferencedScripts(facts: RepositoryFacts, read: (path: string) => string | undefined): void {
  const known = new Set(facts.scripts.map((script) => script.path));
  const candidates = new Map<string, string>();
  for (const path of facts.paths) if (mayBeShebangScript(path) && !known.has(path)) candidates.set(path, path.slice(path.lastIndexOf('/') + 1));
  if (candidates.size === 0) return;
  // One pattern of every candidate's name, tested once per step: thousands of steps times dozens of names made
  // this loop a tenth of the bench's time. Names of candidates already read only cost a wasted test.
  const mentionsCandidate = new RegExp([...new Set(candidates.values())].map((name) => name.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|'));
  for (const workflow of facts.workflows) {
    for (const run of workflow.runs) {
      if (!mentionsCandidate.test(run.script)) continue;
      const directory = run.workingDirectory?.includes('${{') ? '' : run.workingDirectory;
      for (const path of referencedScripts(run.script, directory)) {
        if (!candidates.delete(path)) continue;
        const text = read(path);
        if (text !== undefined && isShellScript(path, text, true)) facts.scripts.push({ path, text });
      }
      if (candidates.size === 0) return;
    }
  }
}

/** Whether a file's first two bytes are `#!`, without reading the rest. */
function startsWithShebang(absolute: string): boolean {
  let descriptor: number | undefined;
  try {
    // The same guarded open as every read: no link followed, no FIFO or device read.
    descriptor = openRegularFile(absolute, { noFollow: true }).fd;
    const head = Buffer.alloc(2);
    return readSync(descriptor, head, 0, 2, 0) === 2 && head[0] === 0x23 && head[1] === 0x21;
  } catch {
    return false;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
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
  else if (DOCKERFILE.test(path)) facts.dockerfiles.push(parseDockerfile(path, text));
  else if (MANIFEST.test(path)) facts.manifests.push({ path, text });
  else if ((hasScriptExtension(path) || mayBeShebangScript(path)) && isShellScript(path, text)) facts.scripts.push({ path, text });
}

/** Every byte of an open file, read by position (the descriptor's own position is left where it is). */
function readBytesAt0(descriptor: number): Buffer {
  const chunks: Buffer[] = [];
  for (let position = 0; ; ) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const count = readSync(descriptor, chunk, 0, chunk.length, position);
    if (count === 0) return Buffer.concat(chunks);
    chunks.push(chunk.subarray(0, count));
    position += count;
  }
}

/**
 * The file's text, or undefined with the reason recorded. One native read
 * and decode of the opened descriptor; invalid UTF-8 decodes to U+FFFD, and
 * only then are the bytes read again to say why.
 */
function readText(absolute: string, path: string, facts: RepositoryFacts, limit: number): string | undefined {
  let descriptor: number | undefined;
  try {
    // No link followed (a file swapped for one after the walk), and a FIFO or device refused unread.
    let info: Stats;
    try {
      ({ fd: descriptor, stats: info } = openRegularFile(absolute, { noFollow: true }));
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      facts.skipped.push({ path, reason: error.kind === 'not-regular' ? 'not a regular file' : `unreadable: ${error.reason}` });
      return undefined;
    }
    if (info.size > limit) {
      facts.skipped.push({ path, reason: `${info.size} bytes, over the ${limit}-byte limit` });
      return undefined;
    }
    // Read and decoded in one native call, as the baseline reads (no Buffer of the bytes in the JavaScript heap).
    // A file that grew since fstat is read whole as before and judged on what was read.
    const text = readFileSync(descriptor, 'utf8');
    if (text.includes('\uFFFD') || text.includes('\0')) {
      // Rare: the bytes say why (read again from the start: the descriptor's position is at the end now).
      const bytes = readBytesAt0(descriptor);
      if (bytes.includes(0)) {
        facts.skipped.push({ path, reason: 'binary file' });
        return undefined;
      }
      if (!isUtf8(bytes)) {
        facts.skipped.push({ path, reason: 'not valid UTF-8' });
        return undefined;
      }
    }
    // fstat's size was within the limit; a file that grew past it before the read is not parsed either.
    if (text.length > limit) {
      facts.skipped.push({ path, reason: `grew past the ${limit}-byte limit while being read` });
      return undefined;
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    facts.skipped.push({ path, reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
