import type { LedgerRecord } from '../audit/hash-chain.js';
import type { Ledger } from '../audit/ledger.js';
import { GatesError } from '../errors/gates-error.js';
import { highestLamport, mergeRecords } from './merge.js';
import { withDeadline, type SegmentStore } from './segment-store.js';

/**
 * The largest segment artifact (as the service lists it: the zip, with the step's reports) a restore downloads.
 * Any step holding the runtime token can upload one; past this it is left out unread, so a huge artifact costs
 * a restore nothing. A step never publishes one this large (its reports are cut short first).
 */
export const MAX_SEGMENT_ARTIFACT_BYTES = 16 * 1024 * 1024;

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
    const { restoreSegments } = await loadTransfer();
    try {
      await withDeadline('restore', options.timeoutMs, () => restoreSegments(session, options, options.store!));
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

  /**
   * Publishes the records this job appended since its last segment, with the
   * step's report files, as one new artifact (segment-transfer.ts). Nothing
   * new, nothing published. Failure warns: the decision is already made and
   * recorded on this runner.
   */
  async publish(ledger: Ledger, reportDirectory: string | undefined): Promise<void> {
    const store = this.options.store;
    if (!store) return;
    const { publishSegment } = await loadTransfer();
    await publishSegment(this, this.options, store, ledger, reportDirectory);
  }
}

/**
 * The transfer code (segment format, signatures, zip reader: about 90 KB with yauzl) is loaded only when a store
 * is given: steps under `state: local` never parse it. Loaded outside the deadline, so that a bundle missing its
 * chunk is an internal error (exit 4), not a transport outage that a restore would only warn about.
 */
function loadTransfer(): Promise<typeof import('./segment-transfer.js')> {
  return import('./segment-transfer.js');
}
