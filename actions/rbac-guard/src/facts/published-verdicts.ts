import type { GitHubApi } from '@gates/core';
import type { GateVerdict } from './request.js';

/**
 * Verdicts published on a commit by earlier runs (commit statuses and check
 * runs named `gates/<gate>`), and whether each can be trusted. Trust comes
 * from GitHub, not from what the verdict says: it must be written by the
 * GitHub Actions app (a check run's `app.slug`, a status's `creator`), name a
 * workflow run whose workflow file is one of the trusted ones, and that run
 * must have built this very commit. Anything else (a status any token holder
 * posted, a run of another workflow, a run of another commit) counts for
 * nothing, and the summary says why.
 */
export const ACTIONS_APP_SLUG = 'github-actions';
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface PublishedVerdict {
  status: GateVerdict | 'missing';
  /** Where it came from, or why it was not taken. */
  source: string;
}

interface CheckRun {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string | null;
  external_id?: string | null;
  app?: { slug?: string } | null;
}

interface CommitStatus {
  context?: string;
  state?: string;
  target_url?: string | null;
  creator?: { login?: string; type?: string } | null;
}

interface WorkflowRun {
  path?: string;
  head_sha?: string;
}

export interface Candidate {
  kind: 'check run' | 'status';
  verdict: GateVerdict;
  /** Who wrote it: the app slug or the creator's login. */
  writer: string;
  trustedWriter: boolean;
  runId?: string;
}

/** The newest check run and status named `gates/<gate>` for the commit, as candidates. Pure. */
export function candidatesOf(gate: string, checkRuns: readonly CheckRun[], statuses: readonly CommitStatus[]): Candidate[] {
  const name = `gates/${gate}`;
  const candidates: Candidate[] = [];
  // Check runs come newest first; statuses too (GitHub lists a commit's statuses in reverse chronological order).
  const check = checkRuns.find((run) => run.name === name && run.status === 'completed');
  if (check) {
    const slug = check.app?.slug ?? 'an unknown app';
    candidates.push({ kind: 'check run', verdict: check.conclusion === 'success' ? 'pass' : 'fail', writer: `app ${slug}`, trustedWriter: slug === ACTIONS_APP_SLUG, ...runIdOf(check.external_id?.split('/')[0]) });
  }
  const status = statuses.find((item) => item.context === name);
  if (status) {
    const login = status.creator?.login ?? 'an unknown user';
    candidates.push({ kind: 'status', verdict: status.state === 'success' ? 'pass' : 'fail', writer: login, trustedWriter: login === ACTIONS_BOT_LOGIN && status.creator?.type === 'Bot', ...runIdOf(/\/actions\/runs\/(\d+)/.exec(status.target_url ?? '')?.[1]) });
  }
  return candidates;
}

function runIdOf(value: string | undefined): { runId?: string } {
  return value && /^\d+$/.test(value) ? { runId: value } : {};
}

/** Judges one candidate against the run it names. Pure. */
export function judgeCandidate(candidate: Candidate, run: WorkflowRun | undefined, sha: string, trustedWorkflows: readonly string[]): PublishedVerdict {
  const what = `${candidate.kind} by ${candidate.writer}`;
  if (!candidate.trustedWriter) return { status: 'missing', source: `${what} not trusted: only the GitHub Actions app's verdicts count` };
  if (!candidate.runId) return { status: 'missing', source: `${what} not trusted: it names no workflow run` };
  if (!run) return { status: 'missing', source: `${what} not trusted: its run ${candidate.runId} was not found` };
  if (!run.path || !trustedWorkflows.includes(run.path)) {
    return { status: 'missing', source: `${what} not trusted: run ${candidate.runId} is of ${run.path ?? 'an unknown workflow'}, not of ${trustedWorkflows.join(' or ') || 'a trusted workflow'}` };
  }
  if (run.head_sha !== sha) return { status: 'missing', source: `${what} stale: run ${candidate.runId} built ${run.head_sha ?? 'another commit'}, not ${sha}` };
  return { status: candidate.verdict, source: `${what}, run ${candidate.runId} of ${run.path}` };
}

/**
 * Looks up `gate`'s published verdict for `sha`. The first trusted candidate
 * decides; when none is trusted, the reasons are joined. API failures throw
 * (exit 3): a dependency is never satisfied by an answer that did not come.
 */
export async function publishedVerdict(api: GitHubApi, owner: string, repo: string, sha: string, gate: string, trustedWorkflows: readonly string[]): Promise<PublishedVerdict | undefined> {
  const [checks, statuses] = await Promise.all([
    api.get<{ check_runs?: CheckRun[] }>('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner, repo, ref: sha, check_name: `gates/${gate}`, per_page: 100 }),
    api.get<CommitStatus[]>('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { owner, repo, ref: sha, per_page: 100 }),
  ]);
  const candidates = candidatesOf(gate, checks.ok ? (checks.data.check_runs ?? []) : [], statuses.ok && Array.isArray(statuses.data) ? statuses.data : []);
  if (candidates.length === 0) return undefined;
  const judged: PublishedVerdict[] = [];
  for (const candidate of candidates) {
    const run = candidate.trustedWriter && candidate.runId ? await api.get<WorkflowRun>('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: candidate.runId }) : undefined;
    const verdict = judgeCandidate(candidate, run?.ok ? run.data : undefined, sha, trustedWorkflows);
    if (verdict.status !== 'missing') return verdict;
    judged.push(verdict);
  }
  return { status: 'missing', source: judged.map((verdict) => verdict.source).join('; ') };
}

/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `.github/workflows/ci.yml`. */
export function workflowPathOf(workflowRef: string | undefined): string | undefined {
  const match = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(workflowRef ?? '');
  return match?.[1];
}
