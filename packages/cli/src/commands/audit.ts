import { GatesError, Ledger, ledgerPath, LockfileLock, resolveStateRoot, runIdentity, statePath, verifyLedgerFile, type ExitCodeValue } from '@gates/core';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

export async function auditCommand(parsed: ParsedCommand, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<ExitCodeValue> {
  const [verb, file] = parsed.positionals as [string, string | undefined];
  if (verb === 'verify' && file) return verify(file, io);
  if (verb === 'record') return record(parsed, io, env);
  throw new GatesError('GATES_E_USAGE', { detail: `unknown audit command "${verb}"; usage: gates audit verify <ledger.jsonl> | gates audit record --gate NAME --verdict pass|fail` });
}

async function verify(file: string, io: CliIo): Promise<ExitCodeValue> {
  const result = await verifyLedgerFile(file);
  if (!result.ok) throw new GatesError('GATES_E_LEDGER_TAMPERED', { file, line: result.line, reason: result.reason }, { location: { file, line: result.line } });
  if (io.flags.json) io.out(`${JSON.stringify({ file, ok: true, records: result.count, head: result.head?.hash ?? null })}\n`);
  else io.out(`${file}: OK, ${result.count} record(s), chain intact${result.head ? `, head ${result.head.hash}` : ''}\n`);
  return 0;
}

/** A custom gate (a job, a script) records its verdict so rbac-guard can require it as a predecessor. */
async function record(parsed: ParsedCommand, io: CliIo, env: NodeJS.ProcessEnv): Promise<ExitCodeValue> {
  const gate = parsed.values.gate as string | undefined;
  const verdict = parsed.values.verdict as string | undefined;
  const sha = (parsed.values.sha as string | undefined) ?? env.GITHUB_SHA;
  if (!gate || !/^[A-Za-z0-9._-]+$/.test(gate)) throw new GatesError('GATES_E_USAGE', { detail: '--gate NAME is required (letters, digits, dot, dash, underscore)' });
  if (verdict !== 'pass' && verdict !== 'fail') throw new GatesError('GATES_E_USAGE', { detail: '--verdict must be pass or fail' });
  if (!sha) throw new GatesError('GATES_E_USAGE', { detail: 'no commit: pass --sha or set GITHUB_SHA' });
  const stateRoot = resolveStateRoot(env);
  const ledger = new Ledger(ledgerPath(stateRoot), new LockfileLock(statePath(stateRoot, 'locks')), io.redactor);
  const entry = await ledger.append({ ...runIdentity(env), gate, verdict, sha, recordedBy: 'gates audit record' });
  if (io.flags.json) io.out(`${JSON.stringify({ gate, verdict, sha, lamport: entry.lamport, hash: entry.hash })}\n`);
  else io.out(`recorded ${gate} ${verdict} for ${sha} (record ${entry.lamport}, ${entry.hash.slice(0, 12)})\n`);
  return 0;
}
