import { GatesError } from '../errors/gates-error.js';
import type { GitHubApi } from '../github/api-client.js';

export const PUBLISH_MODES = ['status', 'check', 'none'] as const;
export type PublishMode = (typeof PUBLISH_MODES)[number];

export interface PublishedVerdict {
  /** `gates/<action>`: the name branch protection and rulesets require. */
  context: string;
  verdict: 'pass' | 'fail' | 'empty';
  sha: string;
  /** The ledger head after this step's record: the anchor kept outside the runner. */
  head: string;
  /** HMAC-SHA-256 of the head with the anchor key, when one was given. */
  anchor?: string;
  runId?: string;
  attempt?: string;
  runUrl?: string;
}

/**
 * The verdict as a commit status or a check run on the commit. The status's
 * description and the check run's summary carry the head (and the keyed
 * anchor); the run id travels in the target URL / external id, so a later
 * reader can ask the Actions API which workflow wrote it.
 */
export async function publishVerdict(mode: Exclude<PublishMode, 'none'>, api: GitHubApi, owner: string, repo: string, verdict: PublishedVerdict): Promise<void> {
  const headLine = `head ${verdict.head}${verdict.anchor ? ` anchor ${verdict.anchor}` : ''}`;
  const result =
    mode === 'status'
      ? await api.post('POST /repos/{owner}/{repo}/statuses/{sha}', {
          owner,
          repo,
          sha: verdict.sha,
          state: verdict.verdict === 'pass' ? 'success' : 'failure',
          context: verdict.context,
          // 140 characters at most: the verdict and the head (an anchor goes in the check run's summary only).
          description: `${verdict.verdict} head ${verdict.head}`.slice(0, 140),
          ...(verdict.runUrl ? { target_url: verdict.runUrl } : {}),
        })
      : await api.post('POST /repos/{owner}/{repo}/check-runs', {
          owner,
          repo,
          name: verdict.context,
          head_sha: verdict.sha,
          status: 'completed',
          conclusion: verdict.verdict === 'pass' ? 'success' : 'failure',
          external_id: [verdict.runId ?? '', verdict.attempt ?? ''].join('/'),
          ...(verdict.runUrl ? { details_url: verdict.runUrl } : {}),
          output: { title: `${verdict.context}: ${verdict.verdict}`, summary: `verdict ${verdict.verdict}\n${headLine}` },
        });
  if (!result.ok) {
    const permission = mode === 'status' ? 'statuses: write' : 'checks: write';
    throw new GatesError('GATES_E_API_DENIED', { route: `publish ${verdict.context} as a ${mode}`, status: result.status, reason: `${result.message} (the job needs \`permissions: ${permission}\`)` });
  }
}
