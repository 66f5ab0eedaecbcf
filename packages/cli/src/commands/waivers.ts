import { resolve } from 'node:path';
import { DEFAULT_WAIVERS_PATH, GatesError, loadWaivers, reviewWaivers, type ExitCodeValue, type WaiverReview } from '@gates/core';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

const MARK: Record<WaiverReview['standing'], string> = { valid: 'ok      ', expiring: 'expiring', expired: 'expired ', rejected: 'rejected' };

/**
 * `gates waivers check`: the waiver file validated (schema, ids, dates, time
 * zone: file:line errors, exit 2) and each waiver judged against the policy
 * and the clock: what expired, what expires soon, what the policy would
 * refuse. Exit 1 when a waiver expired or breaks the policy (it would not be
 * applied), 0 otherwise; expiring ones only warn. Offline: approvals and
 * stale waivers need a run against findings, and the actions report them.
 */
export async function waiversCommand(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const verb = parsed.positionals[0];
  if (verb !== 'check') throw new GatesError('GATES_E_USAGE', { detail: `unknown waivers command "${verb}"; usage: gates waivers check [--file FILE] [--workspace DIR] [--now TIME]` });
  const now = parsed.values.now as string | undefined;
  // Checked here: an unparsable time would judge every waiver against NaN.
  if (now !== undefined && Number.isNaN(Date.parse(now))) throw new GatesError('GATES_E_USAGE', { detail: `--now expects an ISO 8601 time such as 2026-12-03T14:00:00Z, got "${now}"` });
  const workspace = resolve(String(parsed.values.workspace ?? '.'));
  const file = String(parsed.values.file ?? DEFAULT_WAIVERS_PATH);
  const set = await loadWaivers(workspace, file);
  const reviews = reviewWaivers(set!, now === undefined ? Date.now() : Date.parse(now));
  const failing = reviews.filter((review) => review.standing === 'expired' || review.standing === 'rejected').length;
  if (io.flags.json) {
    const waivers = reviews.map(({ waiver, line, standing, detail }) => ({ id: waiver.id, gate: waiver.gate, line, standing, expires: waiver.expires, detail }));
    io.out(`${JSON.stringify({ file: set!.file, waivers, failing })}\n`);
  } else {
    io.out(`${set!.file}: ${reviews.length} waiver(s)\n`);
    for (const { waiver, line, standing, detail } of reviews) io.out(`  ${MARK[standing]}  ${waiver.id} (${waiver.gate}, line ${line ?? '?'}): ${detail}\n`);
    if (failing > 0) io.out(`${failing} waiver(s) expired or break the policy: they are not applied, and their findings count.\n`);
  }
  return failing > 0 ? 1 : 0;
}
