import { closeSync, constants, fsyncSync, openSync, truncateSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { GatesError } from '../errors/gates-error.js';
import { withLock, type Lock } from '../lock/lock.js';
import type { Redactor } from '../redact/redactor.js';
import { AtomicFile } from '../safe-files/atomic-file.js';
import { makeDirectories } from '../safe-files/make-directories.js';
import { readRegularFileIfExists, UnreadableFile } from '../safe-files/read-file.js';
import { statePath } from '../state/state-root.js';
import { nextRecord, parseChain, type LedgerEvent, type LedgerRecord, type RecordOrigin } from './hash-chain.js';
import { anchorOf, EMPTY_HEAD, headOf, parseHead, verifyLedgerText, type LedgerHead, type VerifyResult } from './ledger-anchor.js';

export function ledgerPath(stateRoot: string): string {
  return statePath(stateRoot, 'audit', 'ledger.jsonl');
}

export function headPath(ledgerFile: string): string {
  return `${ledgerFile}.head`;
}

/** A ledger is read whole to verify it; past this it is refused rather than exhausting memory (about a million records). */
export const MAX_LEDGER_BYTES = 256 * 1024 * 1024;
const MAX_HEAD_BYTES = 4096;

/** The points of an append at which a process can die, in order (the crash tests stop there). */
export type AppendStage = 'head-created' | 'record-appended' | 'head-written' | 'head-replaced';

export interface LedgerOptions {
  /** Events hold ids and decisions; this makes sure no secret reaches the file. */
  redactor?: Redactor;
  /** A ledger with records but no valid head is an error (GATES_E_LEDGER_UNANCHORED) instead of a notice. */
  requireAnchor?: boolean;
  /** Told when the ledger was repaired or found without its head: the step's log says so. */
  onNotice?: (message: string) => void;
  /** Called as each stage of an append completes: lets a test kill the writer between two writes. */
  onStage?: (stage: AppendStage) => void;
  /** Stamped on every record (with a monotonic clock reading), for one order across runners: see recordOrigin. */
  origin?: Omit<RecordOrigin, 'mono'>;
}

/**
 * Append-only JSON Lines ledger of gate decisions under the state root, with
 * its head beside it. An append is two writes (the record, then the head); a
 * writer killed between them leaves a record beyond the head, which the next
 * writer verifies and adopts under the lock (so a crash never bricks the
 * ledger), while a head that names records that are not there is truncation.
 * File operations are synchronous: a handful of small files, written while
 * the step waits anyway (only waiting for the lock is asynchronous).
 */
export class Ledger {
  /** The highest Lamport counter seen in records from elsewhere (restored segments): the next record counts past it. */
  private observedLamport = 0;

  constructor(
    readonly file: string,
    private readonly lock: Lock,
    private readonly options: LedgerOptions = {},
  ) {}

  /** Records from another runner were seen: whatever this ledger appends next happened after them (docs/ordering.md). */
  observe(lamport: number): void {
    this.observedLamport = Math.max(this.observedLamport, lamport);
  }

  /** Appends one record under the ledger lock; returns it. */
  async append(event: LedgerEvent, observedLamport = 0): Promise<LedgerRecord> {
    const safeEvent = this.options.redactor ? this.options.redactor.redactValue(event) : event;
    makeDirectories(dirname(this.file), 0o700);
    return withLock(this.lock, 'ledger', async (held) => {
      // Fencing, before each write: a writer frozen past stale-after and taken over must not write after the new holder.
      held.assertHeld();
      const { records, head } = this.reconcile();
      // A head from the very first write on, so a writer killed after its first record leaves a head behind too.
      if (!head) {
        this.writeHead(EMPTY_HEAD);
        this.stage('head-created');
      }
      const origin = this.options.origin ? { ...this.options.origin, mono: monotonicMicroseconds() } : undefined;
      const record = nextRecord(records[records.length - 1], safeEvent, new Date().toISOString(), Math.max(observedLamport, this.observedLamport), origin);
      held.assertHeld();
      appendLine(this.file, `${JSON.stringify(record)}\n`);
      this.stage('record-appended');
      this.writeHead(headOf([...records, record]), () => this.stage('head-written'));
      this.stage('head-replaced');
      return record;
    });
  }

  /** Every record, verified (and repaired as an append would, under the lock): decisions read from a tampered ledger would be forged. */
  async readVerified(): Promise<LedgerRecord[]> {
    return withLock(this.lock, 'ledger', async () => this.reconcile().records);
  }

  /**
   * Reads and verifies the ledger against its head, and repairs what a killed
   * writer leaves: an incomplete last line beyond the head is cut off, records
   * beyond the head are adopted (the head is rewritten to name them). A head
   * that names missing or other records is tampering. Call under the lock.
   */
  private reconcile(): { records: LedgerRecord[]; head?: LedgerHead } {
    let text = readLedgerText(this.file);
    const head = readHeadFile(this.file);
    let chain = parseChain(text);
    // Only a line beyond the head: one the head counts is not a crash's leftover, and stays as evidence.
    if (chain.tornTail && (typeof head !== 'object' || head.count <= chain.records.length)) {
      const bytes = Buffer.byteLength(text.slice(0, chain.tornTail.keepChars), 'utf8');
      truncateSync(this.file, bytes);
      this.notice(`removed an incomplete last record (line ${chain.tornTail.line}) left by a writer that stopped mid-write`);
      text = text.slice(0, chain.tornTail.keepChars);
      chain = parseChain(text);
    }
    if (chain.problem) throw tampered(this.file, chain.problem.line, chain.problem.reason);
    const anchor = anchorOf(chain.records, typeof head === 'object' ? head : undefined, typeof head === 'string' ? head : undefined);
    if (anchor.kind === 'broken') throw tampered(this.file, anchor.problem.line, anchor.problem.reason);
    if (anchor.kind === 'unanchored') {
      if (this.options.requireAnchor) throw new GatesError('GATES_E_LEDGER_UNANCHORED', { file: this.file, reason: anchor.why });
      this.notice(`has ${chain.records.length} record(s) but no valid head (${anchor.why}); anchored again at its last record. A tail cut off before now could not be detected`);
    }
    if (anchor.kind === 'beyond-head') {
      this.notice(`adopted ${anchor.extra} record(s) written after its head by a writer that stopped before updating the head`);
    }
    if (anchor.kind === 'unanchored' || anchor.kind === 'beyond-head') {
      const anchored = headOf(chain.records);
      this.writeHead(anchored);
      return { records: chain.records, head: anchored };
    }
    return { records: chain.records, head: typeof head === 'object' ? head : undefined };
  }

  /** Replaces the head atomically (durable: it is what later appends trust); `beforeRename` runs between the write and the rename. */
  private writeHead(head: LedgerHead, beforeRename?: () => void): void {
    const file = new AtomicFile(headPath(this.file), { root: dirname(this.file), directoryMode: 0o700, durable: true });
    try {
      file.write(Buffer.from(JSON.stringify(head)));
      beforeRename?.();
      file.commit();
    } catch (error) {
      file.abandon();
      throw error;
    }
  }

  private stage(stage: AppendStage): void {
    this.options.onStage?.(stage);
  }

  private notice(message: string): void {
    this.options.onNotice?.(`Audit ledger ${this.file} ${message}.`);
  }
}

/** CLOCK_MONOTONIC on Linux: shared by every process of the machine, never set back (unlike the wall clock). */
function monotonicMicroseconds(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** One write of the whole line, appended and synced before the head names it. O_NOFOLLOW: never through a planted link. */
function appendLine(file: string, line: string): void {
  const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o600);
  try {
    const bytes = Buffer.from(line, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function tampered(file: string, line: number, reason: string): GatesError {
  return new GatesError('GATES_E_LEDGER_TAMPERED', { file, line, reason }, { location: { file, line } });
}

/** The ledger's text; a ledger not written yet is empty. Never through a link: the state root holds only files gates wrote. */
function readLedgerText(file: string): string {
  return readRegularFileIfExists(file, { maxBytes: MAX_LEDGER_BYTES, noFollow: true })?.toString('utf8') ?? '';
}

/** The head, or why there is none (missing, unreadable, not a head). */
function readHeadFile(ledgerFile: string, follow = false): LedgerHead | string {
  let bytes: Buffer | undefined;
  try {
    bytes = readRegularFileIfExists(headPath(ledgerFile), { maxBytes: MAX_HEAD_BYTES, noFollow: !follow });
  } catch (error) {
    if (error instanceof UnreadableFile) return `the head file cannot be read: ${error.reason}`;
    throw error;
  }
  return bytes === undefined ? 'there is no head file' : parseHead(bytes.toString('utf8'));
}

/** `gates audit verify`: reads a ledger (any path: links followed) and its head file, and verifies them. Writes nothing. */
export async function verifyLedgerFile(file: string, givenHead?: string): Promise<VerifyResult> {
  const text = readRegularFileIfExists(file, { maxBytes: MAX_LEDGER_BYTES });
  if (text === undefined) throw new GatesError('GATES_E_FILE_NOT_FOUND', { file });
  return verifyLedgerText(text.toString('utf8'), { head: readHeadFile(file, true), givenHead });
}
