import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GENESIS_HASH, type LedgerRecord } from '../audit/hash-chain.js';
import type { Ledger } from '../audit/ledger.js';
import { GatesError } from '../errors/gates-error.js';
import { writeFileAtomically } from '../safe-files/atomic-file.js';
import { makeDirectories } from '../safe-files/make-directories.js';
import { readRegularFileIfExists, UnreadableFile } from '../safe-files/read-file.js';
import { statePath } from '../state/state-root.js';
import { buildSegment, SEGMENT_FILE } from './segment.js';
import { isSegmentName, SEGMENT_PREFIX, segmentName } from './segment-name.js';
import { segmentBinding, type SegmentBinding } from './segment-signature.js';
import { withDeadline, type SegmentStore } from './segment-store.js';
import { MAX_SEGMENT_FILE_BYTES, verifySegment } from './segment-verify.js';
import { ZipRefused } from './segment-zip.js';
import { MAX_SEGMENT_ARTIFACT_BYTES, type StateSessionOptions } from './state-session.js';

/*
 * The half of a StateSession that moves segments through a store: the run's
 * segments restored at start, this job's published at the end. Loaded on
 * demand (state-session.ts): a step under `state: local` has no store, and
 * never parses this, the segment format or the zip reader.
 */

/** Room left in a segment artifact for the zip's own entries, so the listed size stays under the limit. */
const REPORT_SLACK_BYTES = 1024 * 1024;
/** Names tried when a step's segment name is taken (the same step publishing again, or another step squatting it). */
const NAME_ATTEMPTS = 5;

/** What a transfer fills in of its session: the segments restored and left out, the name published. */
export interface TransferredSegments {
  readonly restored: { name: string; records: LedgerRecord[] }[];
  readonly rejected: { name: string; reason: string }[];
  published?: string;
}

/** Lists, downloads, verifies and keeps the run's segments (with a signing key, only signed ones); each one left out is named and warned about. */
export async function restoreSegments(session: TransferredSegments, options: StateSessionOptions, store: SegmentStore): Promise<void> {
  const root = statePath(options.stateRoot, 'segments');
  makeDirectories(root, 0o700);
  const listed = await store.list(SEGMENT_PREFIX);
  const key = options.signingKey;
  const keyCheck = key === undefined ? {} : { key: { key, binding: segmentBinding(options.env) } };
  for (const { id, name, size } of listed.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!isSegmentName(name)) {
      session.rejected.push({ name, reason: 'not a segment name (it holds a path separator or a character artifact names may not)' });
      options.warn(`State artifact ${JSON.stringify(name)} is not a segment name; it is left out.`);
      continue;
    }
    if (size !== undefined && size > MAX_SEGMENT_ARTIFACT_BYTES) {
      const reason = `the artifact is ${size} bytes, over the ${mebibytes(MAX_SEGMENT_ARTIFACT_BYTES)} limit of a segment (not downloaded)`;
      session.rejected.push({ name, reason });
      options.warn(`State segment ${name} is too large to restore (${reason}); its records are left out.`);
      continue;
    }
    const incoming = join(root, `.incoming-${randomUUID()}`);
    try {
      try {
        await store.download(id, incoming, MAX_SEGMENT_ARTIFACT_BYTES);
      } catch (error) {
        // A zip that is malformed or unpacks past the limit is one bad artifact, not an outage: the restore goes on.
        if (!(error instanceof ZipRefused)) throw error;
        session.rejected.push({ name, reason: error.message });
        options.warn(`State segment ${name} cannot be unpacked (${error.message}); its records are left out.`);
        continue;
      }
      const text = readSegmentText(join(incoming, SEGMENT_FILE));
      if (typeof text !== 'string') {
        session.rejected.push({ name, reason: text.reason });
        options.warn(`State segment ${name} cannot be read (${text.reason}); its records are left out.`);
        continue;
      }
      // With the key, the MAC is checked before any record is parsed: a forged segment costs one pass over its bytes.
      const check = verifySegment(text, { expectedName: name, ...keyCheck });
      if (!check.ok) {
        session.rejected.push({ name, reason: check.reason });
        options.warn(`State segment ${name} ${check.signature ? 'is not signed for this run' : 'does not verify'} (${check.reason}); its records are left out.`);
        continue;
      }
      rmSync(join(root, name), { recursive: true, force: true });
      renameSync(incoming, join(root, name));
      session.restored.push({ name, records: check.segment.records });
    } finally {
      rmSync(incoming, { recursive: true, force: true });
    }
  }
}

/**
 * Publishes the records this job appended since its last segment, with the
 * step's report files, as one new artifact. Nothing new, nothing published.
 * Failure warns: the decision is already made and recorded on this runner.
 */
export async function publishSegment(session: TransferredSegments, options: StateSessionOptions, store: SegmentStore, ledger: Ledger, reportDirectory: string | undefined): Promise<void> {
  const marker = statePath(options.stateRoot, 'segments', 'published-head');
  const records = await ledger.readVerified();
  const since = readRegularFileIfExists(marker, { maxBytes: 128, noFollow: true })?.toString('utf8').trim() ?? GENESIS_HASH;
  const start = since === GENESIS_HASH ? 0 : records.findIndex((record) => record.hash === since) + 1;
  const fresh = records.slice(start);
  if (fresh.length === 0) return;
  const base = start === 0 ? GENESIS_HASH : since;
  try {
    await withDeadline('publish', options.timeoutMs, async () => {
      for (let attempt = 1; attempt <= NAME_ATTEMPTS; attempt++) {
        // After the first, names nobody can guess: a step of another job that learnt this job's key (from its
        // earlier segments' names) could take `.2`…`.5` ahead of it, and a failure would then never be published.
        const name = segmentName(options.env, attempt === 1 ? 1 : randomBytes(4).toString('hex'));
        const outgoing = statePath(options.stateRoot, 'outgoing', name);
        rmSync(outgoing, { recursive: true, force: true });
        const text = `${JSON.stringify(buildSegment(name, base, fresh, signing(options)))}\n`;
        const size = Buffer.byteLength(text);
        // A restore leaves out a segment over the limit unread: publishing one would hide this step's records.
        if (size > MAX_SEGMENT_FILE_BYTES) throw new GatesError('GATES_E_STATE_REFUSED', { name, reason: `its ${SEGMENT_FILE} would be ${mebibytes(size)}, over the ${mebibytes(MAX_SEGMENT_FILE_BYTES)} a restore reads` });
        const files = [writeFileAtomically(join(outgoing, SEGMENT_FILE), text, { root: outgoing, directoryMode: 0o700 })];
        let budget = MAX_SEGMENT_ARTIFACT_BYTES - size - REPORT_SLACK_BYTES;
        for (const report of listFiles(reportDirectory)) {
          const copied = copyInto(report, join(outgoing, 'reports', report.name), budget);
          if (copied) {
            files.push(copied.path);
            budget -= copied.bytes;
          } else options.warn(`Report ${report.name} is left out of state segment ${name}: the segment would be over the ${mebibytes(MAX_SEGMENT_ARTIFACT_BYTES)} a restore downloads.`);
        }
        if ((await store.upload(name, outgoing, files)) === 'uploaded') {
          session.published = name;
          return;
        }
      }
      throw new GatesError('GATES_E_STATE_TRANSPORT', { operation: 'publish', reason: `${segmentName(options.env)} and ${NAME_ATTEMPTS - 1} names with random suffixes are taken` });
    });
    writeFileAtomically(marker, fresh[fresh.length - 1]!.hash, { root: statePath(options.stateRoot, 'segments'), directoryMode: 0o700 });
  } catch (error) {
    // A refusal is not an outage that a later step's segment gets past (its records would be refused too): fail clearly.
    if (error instanceof GatesError && error.code === 'GATES_E_STATE_REFUSED') throw error;
    options.warn(`${(error as Error).message} This step's decision is recorded on this runner only; later jobs will not see it.`);
  }
}

function signing(options: StateSessionOptions): { key: string; binding: SegmentBinding } | undefined {
  const key = options.signingKey;
  return key === undefined ? undefined : { key, binding: segmentBinding(options.env) };
}

/**
 * The segment file's text, or why it is no segment. Any step holding the runtime token can upload an artifact whose
 * `segment.json` is a directory, a link, or larger than any step writes (a step refuses to publish one over the
 * limit): that artifact is left out like one that does not verify, instead of failing every later restore of the
 * run (exit 3 for any decision that needs other jobs' state) or making it slow. No more than the limit is read.
 */
function readSegmentText(file: string): string | { reason: string } {
  try {
    const bytes = readRegularFileIfExists(file, { maxBytes: MAX_SEGMENT_FILE_BYTES, noFollow: true });
    return bytes === undefined ? '' : bytes.toString('utf8');
  } catch (error) {
    if (error instanceof UnreadableFile && (error.kind === 'not-regular' || error.kind === 'symlink')) {
      return { reason: `${SEGMENT_FILE} is ${error.kind === 'symlink' ? 'a symbolic link' : 'not a regular file'}` };
    }
    if (error instanceof UnreadableFile && error.kind === 'too-large') {
      return { reason: `${SEGMENT_FILE} is over the ${mebibytes(MAX_SEGMENT_FILE_BYTES)} limit of a segment (not read)` };
    }
    throw error;
  }
}

function mebibytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

function listFiles(directory: string | undefined): { name: string; path: string }[] {
  if (!directory) return [];
  try {
    return readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => ({ name: entry.name, path: join(directory, entry.name) }));
  } catch {
    return [];
  }
}

/** Copies a report into the outgoing segment if it fits the bytes left; undefined when it does not. */
function copyInto(source: { path: string }, destination: string, maxBytes: number): { path: string; bytes: number } | undefined {
  let bytes: Buffer;
  try {
    bytes = readRegularFileIfExists(source.path, { maxBytes: Math.max(0, maxBytes), noFollow: true }) ?? Buffer.alloc(0);
  } catch (error) {
    if (error instanceof UnreadableFile && error.kind === 'too-large') return undefined;
    throw error;
  }
  return { path: writeFileAtomically(destination, bytes, { root: join(destination, '..', '..'), directoryMode: 0o700 }), bytes: bytes.length };
}
