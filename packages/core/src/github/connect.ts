import type { Runner } from '../runner/runner.js';
import { GitHubApi, type ApiClientOptions } from './api-client.js';
import { createOctokitTransport } from './octokit-transport.js';

export const PUBLIC_API_URL = 'https://api.github.com';

/** The API base URL the runner gives the job (GHES sets its own). */
export function apiBaseUrl(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_API_URL || PUBLIC_API_URL;
}

/** A GitHubApi over Octokit for this job: its token, its API URL, waits logged. */
export async function connectGitHub(token: string, env: NodeJS.ProcessEnv, runner: Runner, options: Omit<ApiClientOptions, 'onWait'>): Promise<GitHubApi> {
  const transport = await createOctokitTransport({ token, baseUrl: apiBaseUrl(env), warn: (line) => runner.warning(line) });
  return new GitHubApi(transport, {
    ...options,
    onWait: (reason, waitMs) => runner.info(`GitHub API: ${reason}; waiting ${Math.ceil(waitMs / 1000)}s before retrying.`),
  });
}
