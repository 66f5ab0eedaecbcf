import { DEFAULT_CHUNK_SIZES } from '../chunking/content-chunker.js';
import { isSha256, linkTargetProblem, pathProblem, sha256Hex, type Manifest, type ManifestEntry } from './manifest.js';

/** A manifest that cannot be trusted: its hash, what is wrong, and (when one entry is the problem) its path. */
export class ManifestRejected extends Error {
  constructor(
    readonly hash: string,
    readonly reason: string,
  ) {
    super(`checkpoint manifest ${hash} is rejected: ${reason}`);
  }
}

/**
 * Parses and checks a stored manifest before anything is restored from it:
 * its bytes hash to its name (so a changed manifest is detected, not
 * obeyed), its fields have their types, and every path and link target stays
 * inside the workspace, with no path twice and none under a link or a file (writing
 * `a/b` after restoring `a -> /etc` would write through the link).
 */
export function parseManifest(hash: string, bytes: Buffer): Manifest {
  const reject = (reason: string) => new ManifestRejected(hash, reason);
  if (sha256Hex(bytes) !== hash) throw reject('its content does not match its hash (it was changed after it was written)');
  let value: Manifest;
  try {
    value = JSON.parse(bytes.toString('utf8')) as Manifest;
  } catch {
    throw reject('it is not JSON');
  }
  if (typeof value !== 'object' || value === null || value.version !== 1) throw reject('unknown manifest version');
  for (const field of ['gate', 'idempotencyKey', 'workflow', 'commit', 'ref', 'runId', 'runAttempt', 'createdAt'] as const) {
    if (typeof value[field] !== 'string') throw reject(`field ${field} is not a string`);
  }
  if (value.status !== 'green' && value.status !== 'red') throw reject('field status is neither green nor red');
  if (!Number.isSafeInteger(value.lamport) || !Array.isArray(value.entries) || !Array.isArray(value.paths)) throw reject('fields lamport, paths or entries are malformed');
  const seen = new Set<string>();
  const links = new Set<string>();
  const files = new Set<string>();
  for (const entry of value.entries) {
    const problem = entryProblem(entry);
    if (problem) throw reject(`entry ${JSON.stringify((entry as { path?: unknown })?.path ?? null)} has ${problem}`);
    if (seen.has(entry.path)) throw reject(`entry ${entry.path} appears twice`);
    seen.add(entry.path);
    if (entry.type === 'symlink') links.add(entry.path);
    else if (entry.type === 'file') files.add(entry.path);
  }
  // Nothing lies under a link, nor under a file (no saved tree has that: restoring it would fail half-way through the
  // commit, or, with the restore's per-directory cache, follow a link the file has just replaced). One walk up each path.
  for (const path of seen) {
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      const parent = path.slice(0, slash);
      if (links.has(parent)) throw reject(`entry ${path} lies under the symbolic link ${parent}`);
      if (files.has(parent)) throw reject(`entry ${path} lies under the file ${parent}`);
    }
  }
  return value;
}

function entryProblem(entry: ManifestEntry): string | undefined {
  if (typeof entry !== 'object' || entry === null) return 'no fields';
  const path = pathProblem(entry.path);
  if (path) return path;
  switch (entry.type) {
    case 'directory':
      return modeProblem(entry.mode);
    case 'symlink':
      return typeof entry.target === 'string' ? linkTargetProblem(entry.path, entry.target) : 'no link target';
    case 'file': {
      const mode = modeProblem(entry.mode);
      if (mode) return mode;
      if (!Number.isSafeInteger(entry.size) || entry.size < 0 || !Array.isArray(entry.chunks)) return 'a malformed size or chunk list';
      let total = 0;
      for (const chunk of entry.chunks) {
        if (!isSha256(chunk?.sha256) || !Number.isSafeInteger(chunk.size) || chunk.size <= 0 || chunk.size > DEFAULT_CHUNK_SIZES.max) return 'a malformed chunk reference';
        total += chunk.size;
      }
      return total === entry.size ? undefined : `chunks that add up to ${total} bytes, not its size ${entry.size}`;
    }
    default:
      return 'an unknown type';
  }
}

/** Permission bits only: setuid, setgid and sticky bits are never restored from a manifest. */
function modeProblem(mode: unknown): string | undefined {
  return Number.isInteger(mode) && (mode as number) >= 0 && (mode as number) <= 0o777 ? undefined : 'a mode outside 0..0777';
}
