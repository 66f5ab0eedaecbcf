import { GatesError, isFork, requireAnswer, type GitHubApi } from '@gates/core';

/**
 * Whether a pull request's head is a fork's, from the API: a comment on a
 * pull request (issue_comment) does not carry the head. Any answer but the
 * pull request itself is no answer (exit 3).
 */
export async function forkFromApi(api: GitHubApi, owner: string, repo: string, pullNumber: number): Promise<boolean> {
  const what = `pull request #${pullNumber}`;
  const pull = requireAnswer(await api.get<unknown>('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: pullNumber }), what);
  if (!pull || typeof pull !== 'object' || !('head' in pull) || !('base' in pull)) {
    throw new GatesError('GATES_E_API_MALFORMED', { route: what, reason: 'no head or base' });
  }
  const { head, base } = pull as { head?: { repo?: { full_name?: string; fork?: boolean } | null }; base?: { repo?: { full_name?: string } | null } };
  return isFork(head?.repo, base?.repo);
}
