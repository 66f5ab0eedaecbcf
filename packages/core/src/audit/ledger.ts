import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { statePath } from '../state/state-root.js';
import { GatesError } from '../errors/gates-error.js';
import { withLock, type Lock } from '../lock/lock.js';
import type { Redactor } from '../redact/redactor.js';
import { nextRecord, verifyLedgerText, type LedgerEvent, type LedgerHead, type LedgerRecord } from './hash-chain.js';

export function ledgerPath(stateRoot: string): string {
  return statePath(stateRoot, 'audit', 'ledger.jsonl');
}

export function headPath(ledgerFile: string): string {
  return `${ledgerFile}.head`;
}

/**
 * Append-only JSON Lines ledger of gate decisions under the state root.
 * File operations are synchronous: a handful of small files, written while
 * the step waits anyway, where each promise round trip idled longer than
 * the operation (only waiting for the lock is asynchronous).
 */
export class Ledger {
  constructor(
    readonly file: string,
    private readonly lock: Lock,
    private readonly redactor?: Redactor,
  ) {}

  /** Appends one record under the ledger lock; returns it. Events hold ids and decisions, never secrets. */
  async append(event: LedgerEvent, observedLamport = 0): Promise<LedgerRecord> {
    const safeEvent = this.redactor ? this.redactor.redactValue(event) : event;
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    return withLock(this.lock, 'ledger', async () => {
      const head = readHead(this.file);
      const { previous, count } = this.verifiedTail(head);
      const record = nextRecord(previous, safeEvent, new Date().toISOString(), observedLamport);
      appendFileSync(this.file, `${JSON.stringify(record)}\n`, { mode: 0o600 });
      const newHead: LedgerHead = { lamport: record.lamport, hash: record.hash, count: count + 1 };
      // Head is replaced atomically, so a crash leaves the old head or the new one.
      const temporary = `${headPath(this.file)}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(newHead), { mode: 0o600 });
      renameSync(temporary, headPath(this.file));
      return record;
    });
  }

  /** Every record, after verifying the chain: decisions read from a tampered ledger would be forged. */
  async readVerified(): Promise<LedgerRecord[]> {
    const text = readLedgerText(this.file);
    const result = verifyLedgerText(text, readHead(this.file));
    if (!result.ok) throw new GatesError('GATES_E_LEDGER_TAMPERED', { file: this.file, line: result.line, reason: result.reason });
    return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as LedgerRecord);
  }

  /** The last record, after verifying the chain: never extend a ledger that was tampered with. */
  private verifiedTail(head: LedgerHead | undefined): { previous?: LedgerRecord; count: number } {
    const text = readLedgerText(this.file);
    const result = verifyLedgerText(text, head);
    if (!result.ok) {
      throw new GatesError('GATES_E_LEDGER_TAMPERED', { file: this.file, line: result.line, reason: result.reason });
    }
    if (result.count === 0) return { count: 0 };
    const lines = text.trimEnd().split('\n');
    return { previous: JSON.parse(lines[lines.length - 1]!) as LedgerRecord, count: result.count };
  }
}

/** The ledger's text; a ledger not written yet is empty. */
function readLedgerText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

export function readHead(ledgerFile: string): LedgerHead | undefined {
  try {
    return JSON.parse(readFileSync(headPath(ledgerFile), 'utf8')) as LedgerHead;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new GatesError('GATES_E_LEDGER_TAMPERED', { file: headPath(ledgerFile), line: 1, reason: 'head file is unreadable' });
  }
}

/** `gates audit verify`: reads the ledger (and its head when present) and verifies the chain. */
export async function verifyLedgerFile(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new GatesError('GATES_E_FILE_NOT_FOUND', { file });
    throw new GatesError('GATES_E_FILESYSTEM', { path: file, reason: (error as Error).message });
  }
  return verifyLedgerText(text, readHead(file));
}
