import { userInfo } from 'node:os';
import type { LedgerEvent, LedgerRecord } from './hash-chain.js';

/**
 * Gate verdicts in the ledger, and what they add up to for one commit. Pure
 * but for reading the environment in recordedBy.
 *
 * - The suite's own actions record their verdicts themselves (events with
 *   `action`); their names are reserved: `gates audit record` cannot write a
 *   pin-check pass, and a `gate: pin-check` record counts for nothing.
 * - A custom gate's verdict (`gates audit record`) names who recorded it and
 *   from which workflow.
 * - A failure stands: a later pass for the same gate and commit does not
 *   overturn it. Only an override (`gates audit override`, with a reason, and
 *   recorded like everything else) sets earlier failures aside, after which
 *   the gate needs a pass again.
 */
export const SUITE_GATES: readonly string[] = ['pin-check', 'perf-sla', 'redact-logs', 'rbac-guard', 'env-guard', 'drift-check', 'security-gate', 'checkpoint-restore', 'config-check', 'fs-lock-test', 'command-check', 'hydration-check', 'docs-check'];

export function isReservedGate(gate: string): boolean {
  return SUITE_GATES.includes(gate);
}

export interface RecordedBy {
  actor: string;
  /** GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/ci.yml@refs/heads/main`), or the workflow's name. */
  workflow?: string;
  job?: string;
  run?: string;
  attempt?: string;
  repository?: string;
}

/** Who is recording, from the runner's environment (or the local user, on a terminal). */
export function recordedBy(env: NodeJS.ProcessEnv): RecordedBy {
  const by: RecordedBy = { actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || `${localUser()} (local)` };
  const optional = { workflow: env.GITHUB_WORKFLOW_REF || env.GITHUB_WORKFLOW, job: env.GITHUB_JOB, run: env.GITHUB_RUN_ID, attempt: env.GITHUB_RUN_ATTEMPT, repository: env.GITHUB_REPOSITORY };
  for (const [key, value] of Object.entries(optional)) if (value) by[key as keyof typeof optional] = value;
  return by;
}

export function gateVerdictEvent(gate: string, verdict: 'pass' | 'fail', sha: string, by: RecordedBy): LedgerEvent {
  return { kind: 'gate-verdict', gate, verdict, sha, recordedBy: by };
}

export function gateOverrideEvent(gate: string, sha: string, reason: string, by: RecordedBy): LedgerEvent {
  return { kind: 'gate-override', gate, sha, reason, recordedBy: by };
}

/** A gate's recorded verdict; `empty` (it ran and found nothing to check) is never a pass. */
export type RecordedVerdict = 'pass' | 'fail' | 'empty';

export interface GateStatus {
  status: RecordedVerdict | 'missing';
  /** Which record decided it, for the summary ("pin-check action, run 42", "recorded by mona from …"). */
  source?: string;
  /** The hash of that record: rbac-guard tells a verdict this runner wrote from one restored from another job's segment. */
  record?: string;
  /** Overrides that set failures aside, oldest first. */
  overrides: { by: string; reason: string }[];
}

/** Each gate's standing for one commit, from the ledger's records in order. */
export function gateStatuses(records: readonly LedgerRecord[], sha: string | undefined): Map<string, GateStatus> {
  const statuses = new Map<string, GateStatus>();
  if (!sha) return statuses;
  const statusOf = (gate: string) => statuses.get(gate) ?? statuses.set(gate, { status: 'missing', overrides: [] }).get(gate)!;
  for (const record of records) {
    const event = record.event;
    if (event.sha !== sha) continue;
    if (event.kind === 'gate-override') {
      if (typeof event.gate !== 'string') continue;
      const status = statusOf(event.gate);
      status.overrides.push({ by: describeRecorder(event.recordedBy), reason: String(event.reason ?? '') });
      status.status = 'missing';
      status.source = undefined;
      status.record = undefined;
      continue;
    }
    const verdict = verdictOf(event);
    if (!verdict) continue;
    const status = statusOf(verdict.gate);
    if (verdict.verdict === 'fail' || status.status !== 'fail') {
      status.status = verdict.verdict;
      status.source = verdict.source;
      status.record = record.hash;
    }
  }
  return statuses;
}

/** The gate a record gives a verdict for, if any: an action's own record, or a custom gate's under a name that is not reserved. */
function verdictOf(event: LedgerEvent): { gate: string; verdict: RecordedVerdict; source: string } | undefined {
  if (event.verdict !== 'pass' && event.verdict !== 'fail' && event.verdict !== 'empty') return undefined;
  if (typeof event.action === 'string' && event.kind === undefined) {
    // rbac-guard's own decisions are not gate verdicts.
    if (event.action === 'rbac-guard') return undefined;
    return { gate: event.action, verdict: event.verdict, source: `${event.action} action${typeof event.run_id === 'string' ? `, run ${event.run_id}` : ''}` };
  }
  // A custom gate records pass or fail only (`gates audit record`).
  if (event.verdict === 'empty' || typeof event.gate !== 'string' || isReservedGate(event.gate)) return undefined;
  return { gate: event.gate, verdict: event.verdict, source: `recorded by ${describeRecorder(event.recordedBy)}` };
}

function describeRecorder(by: unknown): string {
  if (!by || typeof by !== 'object') return typeof by === 'string' ? by : 'an unknown recorder';
  const { actor, workflow, job, run } = by as Partial<RecordedBy>;
  const where = [workflow && `workflow ${workflow}`, job && `job ${job}`, run && `run ${run}`].filter(Boolean).join(', ');
  return `${actor ?? 'an unknown actor'}${where ? ` (${where})` : ''}`;
}

function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}
