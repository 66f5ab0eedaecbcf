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
import { buildSegment, checkSegment, SEGMENT_FILE } from './segment.js';
import { isSegmentName, SEGMENT_PREFIX, segmentName } from './segment-name.js';
import { checkSignature, segmentBinding, type SegmentBinding } from './segment-signature.js';
import { withDeadline, type SegmentStore } from './segment-store.js';

/** A segment holds one step's records; far past any real step, and the reader's memory bound. */
export const MAX_SEGMENT_BYTES = 64 * 1024 * 1024;
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
    for (const { id, name } of listed.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!isSegmentName(name)) {
        this.rejected.push({ name, reason: 'not a segment name (it holds a path separator or a character artifact names may not)' });
        this.options.warn(`State artifact ${JSON.stringify(name)} is not a segment name; it is left out.`);
        continue;
      }
      const incoming = join(root, `.incoming-${randomUUID()}`);
      try {
        await store.download(id, incoming);
        const text = readSegmentText(join(incoming, SEGMENT_FILE));
        if (typeof text !== 'string') {
          this.rejected.push({ name, reason: text.reason });
          this.options.warn(`State segment ${name} cannot be read (${text.reason}); its records are left out.`);
          continue;
        }
        const check = checkSegment(text, name);
        const key = this.options.signingKey;
        const signature = check.ok && key !== undefined ? checkSignature(check.segment, check.segment.signature, segmentBinding(this.options.env), key) : { ok: true as const };
        if (!signature.ok) {
          this.rejected.push({ name, reason: signature.reason });
          this.options.warn(`State segment ${name} is not signed for this run (${signature.reason}); its records are left out.`);
          continue;
        }
        if (!check.ok) {
          this.rejected.push({ name, reason: check.reason });
          this.options.warn(`State segment ${name} does not verify (${check.reason}); its records are left out.`);
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
          const files = [writeFileAtomically(join(outgoing, SEGMENT_FILE), `${JSON.stringify(buildSegment(name, base, fresh, this.signing()))}\n`, { root: outgoing, directoryMode: 0o700 })];
          for (const report of listFiles(reportDirectory)) files.push(copyInto(report, join(outgoing, 'reports', report.name)));
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
 * `segment.json` is a directory or a link, which no gates step writes: that artifact is left out like one that does
 * not verify, instead of failing every later restore of the run (exit 3 for any decision that needs other jobs'
 * state). A file over the cap still fails the restore: a genuine segment that large would hide its records (a failure).
 */
function readSegmentText(file: string): string | { reason: string } {
  try {
    const bytes = readRegularFileIfExists(file, { maxBytes: MAX_SEGMENT_BYTES, noFollow: true });
    return bytes === undefined ? '' : bytes.toString('utf8');
  } catch (error) {
    if (error instanceof UnreadableFile && (error.kind === 'not-regular' || error.kind === 'symlink')) {
      return { reason: `${SEGMENT_FILE} is ${error.kind === 'symlink' ? 'a symbolic link' : 'not a regular file'}` };
    }
    throw error;
  }
}

function listFiles(directory: string | undefined): { name: string; path: string }[] {
  if (!directory) return [];
  try {
    return readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => ({ name: entry.name, path: join(directory, entry.name) }));
  } catch {
    return [];
  }
}

function copyInto(source: { path: string }, destination: string): string {
  const bytes = readRegularFileIfExists(source.path, { maxBytes: MAX_SEGMENT_BYTES, noFollow: true }) ?? Buffer.alloc(0);
  return writeFileAtomically(destination, bytes, { root: join(destination, '..', '..'), directoryMode: 0o700 });
}
