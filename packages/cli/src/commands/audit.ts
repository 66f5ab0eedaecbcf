import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  anchorMatches,
  gateOverrideEvent,
  gateVerdictEvent,
  GatesError,
  isReservedGate,
  Ledger,
  ledgerPath,
  LockfileLock,
  mergeRecords,
  recordedBy,
  SEGMENT_FILE,
  resolveStateRoot,
  statePath,
  verifyLedgerFile,
  verifySegment,
  type ExitCodeValue,
  type SegmentBinding,
  type SegmentKeyCheck,
  type LedgerEvent,
  type LedgerRecord,
} from '@gates/core';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

const USAGE =
  'gates audit verify <ledger.jsonl> [--head HASH [--anchor HMAC]] [--require-anchor] | gates audit merge [--anchor-key-env NAME] <segment>... | gates audit record --gate NAME --verdict pass|fail [--sha SHA] | gates audit override --gate NAME --reason TEXT [--sha SHA]';

/** The anchor key is a secret: read from this variable, never from the command line (where `ps` and shell history see it). */
export const ANCHOR_KEY_VARIABLE = 'GATES_ANCHOR_KEY';

export async function auditCommand(parsed: ParsedCommand, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<ExitCodeValue> {
  const [verb, file] = parsed.positionals as [string, string | undefined];
  if (verb === 'verify' && file) return verify(file, parsed, io, env);
  if (verb === 'merge') return merge(parsed.positionals.slice(1) as string[], parsed, io, env);
  if (verb === 'record') return record(parsed, io, env);
  if (verb === 'override') return override(parsed, io, env);
  throw new GatesError('GATES_E_USAGE', { detail: `unknown audit command "${verb}"; usage: ${USAGE}` });
}

/**
 * Verifies the chain and its anchor: the head file beside the ledger, or a
 * head published elsewhere (--head). A ledger with records and no anchor at
 * all verifies with a warning, or fails with --require-anchor.
 */
async function verify(file: string, parsed: ParsedCommand, io: CliIo, env: NodeJS.ProcessEnv): Promise<ExitCodeValue> {
  const givenHead = parsed.values.head as string | undefined;
  if (givenHead !== undefined && !/^[0-9a-f]{64}$/.test(givenHead)) throw new GatesError('GATES_E_USAGE', { detail: '--head expects a record hash: 64 lowercase hex digits' });
  const keyedAnchor = parsed.values.anchor as string | undefined;
  if (keyedAnchor !== undefined) {
    const key = env[ANCHOR_KEY_VARIABLE];
    if (givenHead === undefined || !key) throw new GatesError('GATES_E_USAGE', { detail: `--anchor needs --head and the key in ${ANCHOR_KEY_VARIABLE}` });
    io.redactor.tryAddSecret(key);
    if (!anchorMatches(givenHead, keyedAnchor, key)) {
      throw new GatesError('GATES_E_LEDGER_TAMPERED', { file, line: 0, reason: 'the given head does not match its keyed anchor (the published head was replaced)' });
    }
  }
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

/**
 * Merges segments (a segment directory, its segment.json, or a ledger) into
 * one order (docs/ordering.md): Lamport counter, then hash; each record once.
 * Every input is verified first; one that does not verify stops the merge.
 * With --anchor-key-env, every segment must be signed with the key in that
 * variable (the restore's check, verifySegment); the key is read from the
 * environment, never from argv, which process lists and shell history show.
 * Prints the records as JSON Lines.
 */
async function merge(paths: string[], parsed: ParsedCommand, io: CliIo, env: NodeJS.ProcessEnv): Promise<ExitCodeValue> {
  if (paths.length === 0) throw new GatesError('GATES_E_USAGE', { detail: `no segments to merge; usage: ${USAGE}` });
  const key = mergeKey(parsed, io, env);
  const segments = await Promise.all(paths.map((path) => readSegmentRecords(path, key)));
  const merged = mergeRecords(segments.map((segment) => segment.records));
  for (const record of merged) io.out(`${JSON.stringify(record)}\n`);
  const signedFor = [...new Set(segments.map(({ signature }) => (signature ? `run ${signature.run} attempt ${signature.attempt} of ${signature.repository}` : '')))].filter(Boolean);
  const signatures = key
    ? `each signature checked with the key in ${String(parsed.values['anchor-key-env'])} (signed for ${signedFor.join('; ')})`
    : 'signatures not checked (no --anchor-key-env)';
  io.err(`merged ${paths.length} segment(s): ${merged.length} record(s); ${signatures}\n`);
  return 0;
}

/** The key in the variable --anchor-key-env names, and the run it must be signed for: GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT and GITHUB_REPOSITORY where set. */
function mergeKey(parsed: ParsedCommand, io: CliIo, env: NodeJS.ProcessEnv): SegmentKeyCheck | undefined {
  const variable = parsed.values['anchor-key-env'];
  if (variable === undefined) return undefined;
  if (typeof variable !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) {
    throw new GatesError('GATES_E_USAGE', { detail: '--anchor-key-env takes the name of an environment variable that holds the key, not the key itself' });
  }
  const key = env[variable];
  if (!key) throw new GatesError('GATES_E_USAGE', { detail: `--anchor-key-env ${variable}: that environment variable is not set or empty` });
  io.redactor.tryAddSecret(key);
  const binding: Partial<SegmentBinding> = {};
  if (env.GITHUB_RUN_ID) binding.run = env.GITHUB_RUN_ID;
  if (env.GITHUB_RUN_ATTEMPT) binding.attempt = env.GITHUB_RUN_ATTEMPT;
  if (env.GITHUB_REPOSITORY) binding.repository = env.GITHUB_REPOSITORY;
  return { key, binding };
}

async function readSegmentRecords(path: string, key: SegmentKeyCheck | undefined): Promise<{ records: LedgerRecord[]; signature?: SegmentBinding }> {
  const file = isDirectory(path) ? join(path, SEGMENT_FILE) : path;
  if (file.endsWith('.jsonl')) {
    if (key) throw new GatesError('GATES_E_SEGMENT_SIGNATURE', { file, reason: 'a ledger carries no segment signature (check its head with gates audit verify --head --anchor)' });
    const result = await verifyLedgerFile(file);
    if (!result.ok) throw new GatesError('GATES_E_LEDGER_TAMPERED', { file, line: result.line, reason: result.reason }, { location: { file, line: result.line } });
    return { records: readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').slice(0, result.count).map((line) => JSON.parse(line) as LedgerRecord) };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new GatesError('GATES_E_FILE_NOT_FOUND', { file });
  }
  const check = verifySegment(text, key ? { key } : {});
  if (!check.ok && check.signature) throw new GatesError('GATES_E_SEGMENT_SIGNATURE', { file, reason: check.reason }, { location: { file, line: 1 } });
  if (!check.ok) throw new GatesError('GATES_E_LEDGER_TAMPERED', { file, line: 1, reason: check.reason }, { location: { file, line: 1 } });
  return { records: check.segment.records, ...(key && check.segment.signature ? { signature: check.segment.signature } : {}) };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
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
