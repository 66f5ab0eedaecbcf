import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trackServer } from '../open-servers.js';
import { paginate } from './paginate.js';
import { errorBody } from './recorded.js';

/**
 * A real HTTP server on 127.0.0.1 that answers like the GitHub REST API:
 * JSON bodies from recorded shapes, GitHub's rate-limit headers on every
 * response, 401 without the expected token, 404 bodies as GitHub words them.
 * Tests point GITHUB_API_URL at it and can inject faults (5xx, hangs, rate
 * limits) to check that callers fail closed.
 */
export interface ApiRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  authorization?: string;
  /** A POST's JSON body (undefined for GET, or a body that is not JSON). */
  body?: unknown;
}

export interface ApiReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST';
  /** GitHub's path template, e.g. `/repos/{owner}/{repo}/git/ref/tags/{tag}`; `{path+}` takes several segments. */
  pattern: string;
  /** A list endpoint: the server pages the array the handler returns, as GitHub does (paginate.ts). */
  paginated?: boolean;
  handle(request: ApiRequest): ApiReply;
}

export interface Fault {
  /** Which requests it hits (path substring or predicate). */
  match: string | ((request: ApiRequest) => boolean);
  /**
   * A reply to send instead; `hang` to never answer (timeout tests); `cut` to
   * send the real answer's headers and half its body, then drop the
   * connection (a proxy or network failure mid-response).
   */
  reply: ApiReply | 'hang' | 'cut';
  /** How many requests it hits; default every one. */
  times?: number;
}

export interface ServerOptions {
  /** A path prefix the API lives under, as on GHES (`/api/v3`). */
  basePath?: string;
  /** When set, requests must carry `Authorization: token <token>`. */
  token?: string;
  rateLimit?: { limit: number; remaining: number; resetEpochSeconds?: number };
  faults?: Fault[];
}

export interface GitHubApiServer {
  url: string;
  requests: ApiRequest[];
  faults: Fault[];
  close(): Promise<void>;
}

export async function startGitHubApiServer(routes: Route[], options: ServerOptions = {}): Promise<GitHubApiServer> {
  const compiled = routes.map((route) => ({ route, matcher: compilePattern(route.pattern) }));
  const requests: ApiRequest[] = [];
  const faults = [...(options.faults ?? [])];
  const rate = { limit: 5000, remaining: 4999, resetEpochSeconds: Math.floor(Date.now() / 1000) + 3600, ...options.rateLimit };

  const server: Server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => handle(incoming, response, Buffer.concat(chunks).toString('utf8')));
  });
  const handle = (incoming: IncomingMessage, response: ServerResponse, text: string) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const base = options.basePath ?? '';
    const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : `/outside-base-path${url.pathname}`;
    const request: ApiRequest = { method: incoming.method ?? 'GET', path, params: {}, query: url.searchParams, authorization: incoming.headers.authorization, body: parseBody(text) };
    requests.push(request);
    const fault = faults.find((candidate) => (typeof candidate.match === 'string' ? request.path.includes(candidate.match) : candidate.match(request)));
    if (fault) {
      if (fault.times !== undefined && --fault.times <= 0) faults.splice(faults.indexOf(fault), 1);
      if (fault.reply === 'hang') return;
      if (fault.reply === 'cut') return sendCut(response, answer(request), rate);
      return send(response, fault.reply, rate);
    }
    send(response, answer(request), rate);
  };
  const answer = (request: ApiRequest): ApiReply => {
    if (options.token !== undefined && request.authorization !== `token ${options.token}`) {
      return { status: 401, body: errorBody('Bad credentials', 'https://docs.github.com/rest', 401) };
    }
    if (rate.remaining <= 0) {
      const body = errorBody('API rate limit exceeded for installation. Check out the documentation for more details.', 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting');
      return { status: 403, body };
    }
    rate.remaining--;
    for (const { route, matcher } of compiled) {
      const params = request.method === route.method ? matcher(request.path) : undefined;
      if (!params) continue;
      const reply = route.handle({ ...request, params });
      return route.paginated ? paginate(reply, request, publicUrl()) : reply;
    }
    return { status: 404, body: errorBody('Not Found', 'https://docs.github.com/rest', 404) };
  };
  const publicUrl = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}${options.basePath ?? ''}`;
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const close = () =>
    new Promise<void>((closed) => {
      untrack();
      server.closeAllConnections();
      server.close(() => closed());
    });
  const untrack = trackServer(`GitHub API at ${publicUrl()}`, close);
  return { url: publicUrl(), requests, faults, close };
}

function parseBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

type RateState = { limit: number; remaining: number; resetEpochSeconds: number };

function headersOf(reply: ApiReply, rate: RateState): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': String(rate.limit),
    'x-ratelimit-remaining': String(Math.max(0, rate.remaining)),
    'x-ratelimit-reset': String(rate.resetEpochSeconds),
    'x-ratelimit-used': String(rate.limit - Math.max(0, rate.remaining)),
    'x-ratelimit-resource': 'core',
    'x-github-request-id': 'CF2A:3E0F:1C3B2D4:1D4E5F6:6560A1B2',
    ...reply.headers,
  };
}

function send(response: ServerResponse, reply: ApiReply, rate: RateState): void {
  response.writeHead(reply.status, headersOf(reply, rate));
  response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
}

/** Headers announce the whole body; half of it is sent and the connection dropped. */
function sendCut(response: ServerResponse, reply: ApiReply, rate: RateState): void {
  const body = Buffer.from(JSON.stringify(reply.body ?? {}));
  response.writeHead(reply.status, { ...headersOf(reply, rate), 'content-length': String(body.length) });
  response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.destroy());
}

/** `/repos/{owner}/{repo}` → a matcher returning decoded params, or undefined. */
function compilePattern(pattern: string): (path: string) => Record<string, string> | undefined {
  const names: string[] = [];
  // `{name}` is one path segment; `{name+}` is the rest of the path, slashes included (the contents API's file path).
  const source = pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)((?:\\\+)?)\}/g, (_whole, name: string, rest: string) => {
    names.push(name);
    return rest ? '(.+)' : '([^/]+)';
  });
  const regex = new RegExp(`^${source}$`);
  return (path) => {
    const match = regex.exec(path);
    if (!match) return undefined;
    return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]));
  };
}
