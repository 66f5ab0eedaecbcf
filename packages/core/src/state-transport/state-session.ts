import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LedgerRecord } from '../audit/hash-chain.js';
import { GENESIS_HASH } from '../audit/hash-chain.js';
import type { Ledger } from '../audit/ledger.js';
import { GatesError } from '../errors/gates-error.js';
import { writeFileAtomically } from '../safe-files/atomic-file.js';
import { makeDirectories } from '../safe-files/make-directories.js';
import { readRegularFileIfExists, UnreadableFile } from '../safe-files/read-file.js';
import { statePath } from '../state/state-root.js';
import { highestLamport, mergeRecords } from './merge.js';
import { buildSegment, SEGMENT_FILE } from './segment.js';
import { isSegmentName, SEGMENT_PREFIX, segmentName } from './segment-name.js';
import { segmentBinding, type SegmentBinding } from './segment-signature.js';
import { MAX_SEGMENT_FILE_BYTES, verifySegment } from './segment-verify.js';
import { withDeadline, type SegmentStore } from './segment-store.js';
import { ZipRefused } from './segment-zip.js';

/**
 * The largest segment artifact (as the service lists it: the zip, with the step's reports) a restore downloads.
 * Any step holding the runtime token can upload one; past this it is left out unread, so a huge artifact costs
 * a restore nothing. A step never publishes one this large (its reports are cut short first).
 */
export const MAX_SEGMENT_ARTIFACT_BYTES = 16 * 1024 * 1024;
/** Room left in a segment artifact for the zip's own entries, so the listed size stays under the limit. */
const REPORT_SLACK_BYTES = 1024 * 1024;
/** Names tried when a step's segment name is taken (the same step publishing again, or another step squatting it). */
const NAME_ATTEMPTS = 5;

export interface StateSessionOptions {
  stateRoot: string;
  /** No store: `state: local`, nothing travels. */
  store?: SegmentStore;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  warn: (message: string) => void;
  /** The anchor key: segments this step publishes are signed with it, and segments it restores must be (segment-signature.ts). */
  signingKey?: string;
}

/**
 * A step's view of the run's state (docs/ordering.md): at start the run's
 * segments are listed, downloaded, verified and merged, and the ledger counts
 * past them; at the end the records this job appended since its last segment
 * are published as a new one. A segment that does not verify is left out
 * (and named); a store that fails or times out leaves the session `failed`,
 * and whoever asks for the merged records then gets the error (exit 3)
 * instead of a partial view: a security decision never rests on it.
 * With a signing key, a segment whose MAC is missing, wrong, or names
 * another run or repository is left out like one that does not verify.
 */
export class StateSession {
  readonly restored: { name: string; records: LedgerRecord[] }[] = [];
  readonly rejected: { name: string; reason: string }[] = [];
  failure?: GatesError;
  published?: string;

  private constructor(private readonly options: StateSessionOptions) {}

  static async open(options: StateSessionOptions, ledger: Ledger): Promise<StateSession> {
    const session = new StateSession(options);
    if (!options.store) return session;
    try {
      await withDeadline('restore', options.timeoutMs, () => session.restore(options.store!));
    } catch (error) {
      session.failure = error instanceof GatesError ? error : new GatesError('GATES_E_STATE_TRANSPORT', { operation: 'restore', reason: String(error) });
      options.warn(`${session.failure.message} Decisions that need other jobs' state fail closed.`);
    }
    for (const segment of session.restored) ledger.observe(highestLamport(segment.records));
    return session;
  }

  get travels(): boolean {
    return this.options.store !== undefined;
  }

  /** This runner's records and every restored segment's, in one order; throws when the restore failed. */
  merged(local: readonly LedgerRecord[]): LedgerRecord[] {
    if (this.failure) throw this.failure;
    return mergeRecords([local, ...this.restored.map((segment) => segment.records)]);
  }

  /** Whether restored segments had their signatures checked (an anchor key was given). */
  get signed(): boolean {
    return this.options.signingKey !== undefined;
  }

  /** The segment a record was restored from, by hash (the first, when several carried it). */
  segmentOf(hash: string): string | undefined {
    this.bySegment ??= new Map(this.restored.flatMap((segment) => segment.records.map((record) => [record.hash, segment.name] as const)).reverse());
    return this.bySegment.get(hash);
  }

  private bySegment?: Map<string, string>;

  /** Lines for the summary: how many segments were merged, which were left out and why. */
  notes(): string[] {
    if (!this.travels) return [];
    if (this.failure) return [`State: not restored (${this.failure.message}).`];
    const signatures = this.signed ? 'each signature checked with the anchor key' : 'unsigned: no anchor-key, so signatures were not checked';
    const notes = [`State: ${this.restored.length} segment(s) of this run merged (${signatures}).`];
    for (const { name, reason } of this.rejected) notes.push(`State: segment ${name} left out: ${reason}.`);
    return notes;
  }

  private async restore(store: SegmentStore): Promise<void> {
    const root = statePath(this.options.stateRoot, 'segments');
    makeDirectories(root, 0o700);
    const listed = await store.list(SEGMENT_PREFIX);
    const key = this.options.signingKey;
    const keyCheck = key === undefined ? {} : { key: { key, binding: segmentBinding(this.options.env) } };
    for (const { id, name, size } of listed.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!isSegmentName(name)) {
        this.rejected.push({ name, reason: 'not a segment name (it holds a path separator or a character artifact names may not)' });
        this.options.warn(`State artifact ${JSON.stringify(name)} is not a segment name; it is left out.`);
        continue;
      }
      if (size !== undefined && size > MAX_SEGMENT_ARTIFACT_BYTES) {
        const reason = `the artifact is ${size} bytes, over the ${mebibytes(MAX_SEGMENT_ARTIFACT_BYTES)} limit of a segment (not downloaded)`;
        this.rejected.push({ name, reason });
        this.options.warn(`State segment ${name} is too large to restore (${reason}); its records are left out.`);
        continue;
      }
      const incoming = join(root, `.incoming-${randomUUID()}`);
      try {
        try {
          await store.download(id, incoming, MAX_SEGMENT_ARTIFACT_BYTES);
        } catch (error) {
          // A zip that is malformed or unpacks past the limit is one bad artifact, not an outage: the restore goes on.
          if (!(error instanceof ZipRefused)) throw error;
          this.rejected.push({ name, reason: error.message });
          this.options.warn(`State segment ${name} cannot be unpacked (${error.message}); its records are left out.`);
          continue;
        }
        const text = readSegmentText(join(incoming, SEGMENT_FILE));
        if (typeof text !== 'string') {
          this.rejected.push({ name, reason: text.reason });
          this.options.warn(`State segment ${name} cannot be read (${text.reason}); its records are left out.`);
          continue;
        }
        // With the key, the MAC is checked before any record is parsed: a forged segment costs one pass over its bytes.
        const check = verifySegment(text, { expectedName: name, ...keyCheck });
        if (!check.ok) {
          this.rejected.push({ name, reason: check.reason });
          this.options.warn(`State segment ${name} ${check.signature ? 'is not signed for this run' : 'does not verify'} (${check.reason}); its records are left out.`);
          continue;
        }
        rmSync(join(root, name), { recursive: true, force: true });
        renameSync(incoming, join(root, name));
        this.restored.push({ name, records: check.segment.records });
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
  async publish(ledger: Ledger, reportDirectory: string | undefined): Promise<void> {
    const store = this.options.store;
    if (!store) return;
    const marker = statePath(this.options.stateRoot, 'segments', 'published-head');
    const records = await ledger.readVerified();
    const since = readRegularFileIfExists(marker, { maxBytes: 128, noFollow: true })?.toString('utf8').trim() ?? GENESIS_HASH;
    const start = since === GENESIS_HASH ? 0 : records.findIndex((record) => record.hash === since) + 1;
    const fresh = records.slice(start);
    if (fresh.length === 0) return;
    const base = start === 0 ? GENESIS_HASH : since;
    try {
      await withDeadline('publish', this.options.timeoutMs, async () => {
        for (let attempt = 1; attempt <= NAME_ATTEMPTS; attempt++) {
          // After the first, names nobody can guess: a step of another job that learnt this job's key (from its
          // earlier segments' names) could take `.2`…`.5` ahead of it, and a failure would then never be published.
          const name = segmentName(this.options.env, attempt === 1 ? 1 : randomBytes(4).toString('hex'));
          const outgoing = statePath(this.options.stateRoot, 'outgoing', name);
          rmSync(outgoing, { recursive: true, force: true });
          const text = `${JSON.stringify(buildSegment(name, base, fresh, this.signing()))}\n`;
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
            } else this.options.warn(`Report ${report.name} is left out of state segment ${name}: the segment would be over the ${mebibytes(MAX_SEGMENT_ARTIFACT_BYTES)} a restore downloads.`);
          }
          if ((await store.upload(name, outgoing, files)) === 'uploaded') {
            this.published = name;
            return;
          }
        }
        throw new GatesError('GATES_E_STATE_TRANSPORT', { operation: 'publish', reason: `${segmentName(this.options.env)} and ${NAME_ATTEMPTS - 1} names with random suffixes are taken` });
      });
      writeFileAtomically(marker, fresh[fresh.length - 1]!.hash, { root: statePath(this.options.stateRoot, 'segments'), directoryMode: 0o700 });
    } catch (error) {
      // A refusal is not an outage that a later step's segment gets past (its records would be refused too): fail clearly.
      if (error instanceof GatesError && error.code === 'GATES_E_STATE_REFUSED') throw error;
      this.options.warn(`${(error as Error).message} This step's decision is recorded on this runner only; later jobs will not see it.`);
    }
  }

  private signing(): { key: string; binding: SegmentBinding } | undefined {
    const key = this.options.signingKey;
    return key === undefined ? undefined : { key, binding: segmentBinding(this.options.env) };
  }
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
