import { createHash } from 'node:crypto';
import { posix } from 'node:path';

/** One path of a checkpoint. Paths are relative to the workspace, with forward slashes. A file is its chunk list (which the manifest's hash covers). */
export type ManifestEntry =
  | { type: 'file'; path: string; mode: number; size: number; chunks: ChunkRef[] }
  | { type: 'symlink'; path: string; target: string }
  | { type: 'directory'; path: string; mode: number };

/** A chunk of a file: its SHA-256 (the name it is stored under) and its plain length. */
export interface ChunkRef {
  sha256: string;
  size: number;
}

export type GateStatus = 'green' | 'red';

export interface Manifest {
  version: 1;
  gate: string;
  status: GateStatus;
  /** (workflow, gate, commit, inputs hash), hashed: a green checkpoint with this key means the gate is already done. */
  idempotencyKey: string;
  workflow: string;
  commit: string;
  ref: string;
  runId: string;
  runAttempt: string;
  /** The `paths` input, as given. */
  paths: string[];
  createdAt: string;
  /** The audit ledger's Lamport counter when the checkpoint was taken (orders checkpoints across clocks). */
  lamport: number;
  entries: ManifestEntry[];
}

/** The bytes a manifest is stored as and hashed from: JSON with keys as written (the writer builds it in a fixed order). */
export function manifestBytes(manifest: Manifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest)}\n`, 'utf8');
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const HEX64 = /^[0-9a-f]{64}$/;

export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && HEX64.test(value);
}

/**
 * Why an entry's path must not be written, or undefined: absolute, `..`, empty
 * or `.` components, backslashes and NUL (a manifest is data that may have
 * been tampered with; these would lead a restore outside the workspace).
 */
export function pathProblem(path: unknown): string | undefined {
  if (typeof path !== 'string' || path === '') return 'an empty path';
  if (path.includes('\0')) return 'a NUL byte';
  if (path.includes('\\')) return 'a backslash';
  if (path.startsWith('/')) return 'an absolute path';
  for (const segment of path.split('/')) {
    if (segment === '..') return 'a ".." component';
    if (segment === '' || segment === '.') return 'an empty or "." component';
  }
  return undefined;
}

/**
 * Why a link's target would lead outside the workspace, or undefined: an
 * absolute target, or one whose `..` climb past the workspace from where the
 * link is (judged as written; a restored link is never followed by the restore).
 */
export function linkTargetProblem(linkPath: string, target: string): string | undefined {
  if (target === '' || target.includes('\0')) return 'an empty target';
  if (target.startsWith('/')) return `an absolute target (${target})`;
  const resolved = posix.normalize(posix.join(posix.dirname(linkPath), target));
  if (resolved === '..' || resolved.startsWith('../')) return `a target outside the workspace (${target})`;
  return undefined;
}
