import {
  gateOverrideEvent,
  gateVerdictEvent,
  GatesError,
  isReservedGate,
  Ledger,
  ledgerPath,
  LockfileLock,
  recordedBy,
  resolveStateRoot,
  statePath,
  verifyLedgerFile,
  type ExitCodeValue,
  type LedgerEvent,
} from '@gates/core';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

const USAGE =
  'gates audit verify <ledger.jsonl> [--head HASH] [--require-anchor] | gates audit record --gate NAME --verdict pass|fail [--sha SHA] | gates audit override --gate NAME --reason TEXT [--sha SHA]';

export async function auditCommand(parsed: ParsedCommand, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<ExitCodeValue> {
  const [verb, file] = parsed.positionals as [string, string | undefined];
  if (verb === 'verify' && file) return verify(file, parsed, io);
  if (verb === 'record') return record(parsed, io, env);
  if (verb === 'override') return override(parsed, io, env);
  throw new GatesError('GATES_E_USAGE', { detail: `unknown audit command "${verb}"; usage: ${USAGE}` });
}

/**
 * Verifies the chain and its anchor: the head file beside the ledger, or a
 * head published elsewhere (--head). A ledger with records and no anchor at
 * all verifies with a warning, or fails with --require-anchor.
 */
async function verify(file: string, parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const givenHead = parsed.values.head as string | undefined;
  if (givenHead !== undefined && !/^[0-9a-f]{64}$/.test(givenHead)) throw new GatesError('GATES_E_USAGE', { detail: '--head expects a record hash: 64 lowercase hex digits' });
  const result = await verifyLedgerFile(file, givenHead);
  if (!result.ok) throw new GatesError('GATES_E_LEDGER_TAMPERED', { file, line: result.line, reason: result.reason }, { location: { file, line: result.line } });
  const { anchor } = result;
  const unanchored = anchor.kind === 'unanchored' && givenHead === undefined;
  if (unanchored && parsed.values['require-anchor']) throw new GatesError('GATES_E_LEDGER_UNANCHORED', { file, reason: anchor.why });
  const notes: string[] = [];
  if (unanchored) notes.push(`warning: not anchored (${anchor.why}): a cut-off tail cannot be detected; pass --head with a published head hash`);
  if (anchor.kind === 'beyond-head') notes.push(`warning: ${anchor.extra} record(s) after the head (a writer stopped before updating it; the next append adopts them)`);
  if (result.incompleteLine) notes.push(`warning: line ${result.incompleteLine} is an incomplete record (a writer stopped mid-write; the next append removes it)`);
  if (result.afterGivenHead !== undefined) notes.push(`the given head is record ${result.count - result.afterGivenHead}; ${result.afterGivenHead} record(s) after it`);
  if (io.flags.json) {
    io.out(`${JSON.stringify({ file, ok: true, records: result.count, head: result.head.hash, anchor: anchor.kind, notes })}\n`);
  } else {
    io.out(`${file}: OK, ${result.count} record(s), chain intact, head ${result.head.hash}${unanchored ? ' (unanchored)' : ''}\n`);
    for (const note of notes) io.err(`${note}\n`);
  }
  return 0;
}

/** A custom gate (a job, a script) records its verdict so rbac-guard can require it as a predecessor. */
async function record(parsed: ParsedCommand, io: CliIo, env: NodeJS.ProcessEnv): Promise<ExitCodeValue> {
  const gate = gateName(parsed);
  if (isReservedGate(gate)) throw new GatesError('GATES_E_GATE_RESERVED', { gate });
  const verdict = parsed.values.verdict as string | undefined;
  if (verdict !== 'pass' && verdict !== 'fail') throw new GatesError('GATES_E_USAGE', { detail: '--verdict must be pass or fail' });
  const sha = commit(parsed, env);
  const entry = await append(gateVerdictEvent(gate, verdict, sha, recordedBy(env)), io, env);
  if (io.flags.json) io.out(`${JSON.stringify({ gate, verdict, sha, lamport: entry.lamport, hash: entry.hash })}\n`);
  else io.out(`recorded ${gate} ${verdict} for ${sha} (record ${entry.lamport}, ${entry.hash.slice(0, 12)})\n`);
  return 0;
}

/**
 * Sets aside a gate's failures for a commit, with a reason, in the ledger for
 * all to see. The gate still has to pass afterwards: an override never counts
 * as a pass itself.
 */
async function override(parsed: ParsedCommand, io: CliIo, env: NodeJS.ProcessEnv): Promise<ExitCodeValue> {
  const gate = gateName(parsed);
  const reason = typeof parsed.values.reason === 'string' ? parsed.values.reason.trim() : '';
  if (reason.length < 10 || reason.length > 500) throw new GatesError('GATES_E_USAGE', { detail: '--reason is required: why the failure is set aside (10 to 500 characters); it is kept in the ledger' });
  const sha = commit(parsed, env);
  const entry = await append(gateOverrideEvent(gate, sha, reason, recordedBy(env)), io, env);
  if (io.flags.json) io.out(`${JSON.stringify({ gate, sha, override: true, lamport: entry.lamport, hash: entry.hash })}\n`);
  else io.out(`overrode earlier failures of ${gate} for ${sha} (record ${entry.lamport}, ${entry.hash.slice(0, 12)}); ${gate} must pass again\n`);
  return 0;
}

function gateName(parsed: ParsedCommand): string {
  const gate = parsed.values.gate as string | undefined;
  if (!gate || !/^[A-Za-z0-9._-]+$/.test(gate)) throw new GatesError('GATES_E_USAGE', { detail: '--gate NAME is required (letters, digits, dot, dash, underscore)' });
  return gate;
}

function commit(parsed: ParsedCommand, env: NodeJS.ProcessEnv): string {
  const sha = (parsed.values.sha as string | undefined) ?? env.GITHUB_SHA;
  if (!sha) throw new GatesError('GATES_E_USAGE', { detail: 'no commit: pass --sha or set GITHUB_SHA' });
  return sha;
}

async function append(event: LedgerEvent, io: CliIo, env: NodeJS.ProcessEnv) {
  const warn = (message: string) => io.err(`warning: ${message}\n`);
  const stateRoot = resolveStateRoot(env, warn);
  const ledger = new Ledger(ledgerPath(stateRoot), new LockfileLock(statePath(stateRoot, 'locks')), { redactor: io.redactor, onNotice: warn });
  return ledger.append(event);
}
