import type { ApiTransport, TransportResponse } from './api-client.js';

export interface OctokitTransportOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, or `https://HOST/api/v3` on GHES. */
  baseUrl: string;
  /** Octokit's deprecation notices go to the runner's log, not stray console output. */
  warn: (line: string) => void;
}

interface OctokitLike {
  request(route: string, params: Record<string, unknown>): Promise<{ status: number; headers: Record<string, unknown>; data: unknown }>;
}

/**
 * The network edge: `@actions/github`'s Octokit (proxy settings, user agent,
 * GHES base URL) turned into plain responses. Loaded lazily so an offline run
 * never pays for it.
 */
export async function createOctokitTransport(options: OctokitTransportOptions): Promise<ApiTransport> {
  const { getOctokit } = await import('@actions/github');
  const log = { debug: () => {}, info: () => {}, warn: options.warn, error: options.warn };
  const octokit = getOctokit(options.token, { baseUrl: options.baseUrl.replace(/\/+$/, ''), log }) as unknown as OctokitLike;
  return {
    async request(route, params, signal) {
      try {
        const response = await octokit.request(route, { ...params, request: { signal } });
        const headers = stringHeaders(response.headers);
        if (isUnreadJson(response.status, headers, response.data)) return { headers, data: undefined, failure: 'the response body was cut off or is not valid JSON' };
        return { status: response.status, headers, data: response.data };
      } catch (thrown) {
        return failedResponse(thrown, signal);
      }
    },
  };
}

function failedResponse(thrown: unknown, signal: AbortSignal): TransportResponse {
  if (signal.aborted) return { headers: {}, data: undefined, timedOut: true };
  const error = thrown as { status?: number; message?: string; response?: { status: number; headers: Record<string, unknown>; data: unknown } };
  // Octokit reports a connection failure as status 500 without a response.
  if (!error.response) return { headers: {}, data: undefined, failure: error.message ?? String(thrown) };
  return { status: error.response.status, headers: stringHeaders(error.response.headers), data: error.response.data };
}

/**
 * Octokit hands back the raw text, or "" when the body could not be read to
 * its end, where a JSON answer should have been parsed. Taken as data, that
 * empty answer reads as "no role, no reviews": it is a failed exchange
 * instead (retried, then exit 3). 204 No Content has no body to parse.
 */
function isUnreadJson(status: number, headers: Record<string, string | undefined>, data: unknown): boolean {
  return status !== 204 && typeof data === 'string' && /^application\/(?:[\w.+-]*\+)?json\b/i.test(headers['content-type'] ?? '');
}

function stringHeaders(headers: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value === undefined ? undefined : String(value)]));
}
