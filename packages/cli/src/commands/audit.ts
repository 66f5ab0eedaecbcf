import { GatesError, verifyLedgerFile, type ExitCodeValue } from '@gates/core';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

export async function auditCommand(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const [verb, file] = parsed.positionals as [string, string];
  if (verb !== 'verify') throw new GatesError('GATES_E_USAGE', { detail: `unknown audit command "${verb}"; usage: gates audit verify <ledger.jsonl>` });
  const result = await verifyLedgerFile(file);
  if (!result.ok) throw new GatesError('GATES_E_LEDGER_TAMPERED', { file, line: result.line, reason: result.reason }, { location: { file, line: result.line } });
  if (io.flags.json) io.out(`${JSON.stringify({ file, ok: true, records: result.count, head: result.head?.hash ?? null })}\n`);
  else io.out(`${file}: OK, ${result.count} record(s), chain intact${result.head ? `, head ${result.head.hash}` : ''}\n`);
  return 0;
}
