import { GatesError } from '../errors/gates-error.js';
import type { Runner } from '../runner/runner.js';
import { GitHubApi, type ApiClientOptions } from './api-client.js';
import { createOctokitTransport } from './octokit-transport.js';

export const PUBLIC_API_URL = 'https://api.github.com';

/**
 * The API base URL the runner gives the job (GHES sets its own), checked: an
 * http(s) URL without credentials, query or fragment. Anything else is a
 * usage error (exit 2) before a token is sent anywhere.
 */
export function apiBaseUrl(env: NodeJS.ProcessEnv): string {
  const raw = env.GITHUB_API_URL || PUBLIC_API_URL;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash || raw.trim() !== raw) {
    // Credentials are never echoed, and a long value is described rather than cut (a cut could print part of a secret).
    const shown = url && (url.username || url.password) ? raw.replace(/\/\/[^@/]*@/, '//***@') : raw;
    const value = shown.length > 200 ? `a ${shown.length}-character value` : JSON.stringify(shown);
    throw new GatesError('GATES_E_ENV_INVALID', { name: 'GITHUB_API_URL', value, expected: 'an http(s) URL without credentials, such as https://api.github.com or https://HOST/api/v3' });
  }
  return raw;
}

/** A GitHubApi over Octokit for this job: its token, its API URL, waits logged. */
export async function connectGitHub(token: string, env: NodeJS.ProcessEnv, runner: Runner, options: Omit<ApiClientOptions, 'onWait'>): Promise<GitHubApi> {
  const transport = await createOctokitTransport({ token, baseUrl: apiBaseUrl(env), warn: (line) => runner.warning(line) });
  return new GitHubApi(transport, {
    ...options,
    onWait: (reason, waitMs) => runner.info(`GitHub API: ${reason}; waiting ${Math.ceil(waitMs / 1000)}s before retrying.`),
  });
}
