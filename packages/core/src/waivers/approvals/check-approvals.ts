import { GatesError } from '../../errors/gates-error.js';
import type { GitHubApi } from '../../github/api-client.js';
import { connectGitHub } from '../../github/connect.js';
import type { Runner } from '../../runner/runner.js';
import type { ApprovalVerdict } from '../apply-waivers.js';
import type { WaiverEntry, WaiverSet } from '../waiver-model.js';
import type { BaseCommit } from '../policy/base-policy.js';
import { fileAtCommit, repositoryPath } from '../policy/file-at-commit.js';
import { listAll } from './list-pages.js';
import { introducingCommit, waiverHistory, type Repository } from './waiver-history.js';

export interface ApprovalOptions {
  token: string;
  env: NodeJS.ProcessEnv;
  runner: Runner;
  workspace: string;
  timeoutMs: number;
  /** On a pull request event: the base commit, whose rbac policy decides who holds the role (the checkout's could name the author). */
  base?: BaseCommit;
}

/** Does `login` hold the approving role? Answers how ("team octo-org/security") or undefined. */
export type RoleCheck = (login: string) => Promise<string | undefined>;

interface PullRequest {
  number: number;
  user?: { login?: string } | null;
  head?: { sha?: string };
}

interface Review {
  user?: { login?: string } | null;
  state?: string;
  commit_id?: string | null;
}

/**
 * Whether each waiver was approved by someone holding the policy's role: the
 * commit that added or last changed it came through a pull request whose
 * head commit a holder of the role approved (their latest review, not the
 * author's). An approval of an earlier head does not count: the approver may
 * not have seen the waiver. If the waiver names approvers, the approving
 * reviewer must be one of them. API failures throw (exit 3).
 */
export async function checkApprovals(set: WaiverSet, waivers: readonly WaiverEntry[], options: ApprovalOptions): Promise<Map<string, ApprovalVerdict>> {
  const approval = set.policy.approval!;
  const [owner = '', repo = ''] = (options.env.GITHUB_REPOSITORY ?? '').split('/');
  const sha = options.env.GITHUB_SHA ?? '';
  const repository: Repository = { owner, repo };
  const verdicts = new Map<string, ApprovalVerdict>();
  if (!owner || !repo || !sha) {
    for (const waiver of waivers) verdicts.set(waiver.id, { approved: false, reason: 'its approval cannot be checked outside a GitHub run (no GITHUB_REPOSITORY or GITHUB_SHA)' });
    return verdicts;
  }
  const api = options.base?.api ?? (await connectGitHub(options.token, options.env, options.runner, { timeoutMs: options.timeoutMs }));
  const { roleCheck } = await import('../../../../../actions/rbac-guard/src/role-holders.js');
  const rbacText = options.base ? await baseRbacPolicy(options.base, approval.rbacPolicy) : undefined;
  const holds = await roleCheck(api, repository, options.workspace, approval.rbacPolicy, approval.role, rbacText);
  const history = await waiverHistory(api, repository, set.file, sha);
  for (const waiver of waivers) verdicts.set(waiver.id, await verdictFor(api, repository, waiver, introducingCommit(history, waiver), approval.role, holds));
  return verdicts;
}

/** The rbac policy the base's waiver policy names, as the base commit has it; a base without it is a config error there (exit 2). */
async function baseRbacPolicy(base: BaseCommit, path: string): Promise<{ text: string; display: string }> {
  const display = `${path} at ${base.sha.slice(0, 7)}`;
  const inside = repositoryPath(path);
  const text = inside === undefined ? undefined : await fileAtCommit(base.api, base.repository, inside, base.sha);
  if (text === undefined) {
    throw new GatesError('GATES_E_CONFIG_NOT_FOUND', { file: display }, { hint: "The base branch's waiver policy names it in policy.approval.rbac-policy; commit it there (a pull request's own copy does not count until merged)." });
  }
  return { text, display };
}

async function verdictFor(api: GitHubApi, repository: Repository, waiver: WaiverEntry, commit: string | undefined, role: string, holds: RoleCheck): Promise<ApprovalVerdict> {
  if (!commit) return { approved: false, reason: 'it is not committed as it reads now, so no pull request approved it' };
  const short = commit.slice(0, 7);
  const pulls = await listAll<PullRequest>(api, 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...repository, commit_sha: commit }, `pull requests of commit ${short}`);
  if (pulls.length === 0) return { approved: false, reason: `commit ${short}, which added or last changed it, came through no pull request` };
  const seen: string[] = [];
  for (const pull of pulls) {
    const author = pull.user?.login?.toLowerCase();
    const reviews = await listAll<Review>(api, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...repository, pull_number: pull.number }, `reviews of pull request #${pull.number}`);
    const latest = new Map<string, Review>();
    for (const review of reviews) {
      const login = review.user?.login;
      if (!login || review.state === 'COMMENTED' || login.toLowerCase() === author) continue;
      latest.set(login, review);
    }
    for (const [login, review] of latest) {
      if (review.state !== 'APPROVED') continue;
      seen.push(`${login} on #${pull.number}`);
      if (!review.commit_id || review.commit_id !== pull.head?.sha) continue;
      if (!waiver.approvers.some((name) => name.toLowerCase() === login.toLowerCase())) continue;
      const via = await holds(login);
      if (via) return { approved: true, by: [login], via: `by ${login} (${via}) on pull request #${pull.number}` };
    }
  }
  const numbers = pulls.map((pull) => `#${pull.number}`).join(', ');
  return {
    approved: false,
    reason: `pull request ${numbers} has no approval of its head commit by one of its approvers (${waiver.approvers.join(', ')}) holding role ${role}` + (seen.length ? ` (approved by ${seen.join(', ')})` : ''),
  };
}
