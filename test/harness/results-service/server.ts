import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleArtifactTwirp, isArtifactTwirpPath, parseTwirpJson } from './artifact-twirp-routes.js';
import { ArtifactRecords, type Artifact } from './artifacts.js';
import { BlobStore } from './blob-store.js';
import { CacheEntries, type CacheEntry } from './cache-entries.js';
import { handleCacheTwirp, isCacheTwirpPath } from './cache-twirp-routes.js';
import { handleCacheV1, isCacheV1Path } from './cache-v1-routes.js';
import { trackServer } from '../open-servers.js';
import { readBody, sendJson } from './http-io.js';
import { mintRuntimeToken, verifyRuntimeToken, type RuntimeScope } from './runtime-token.js';

export type { Artifact } from './artifacts.js';
export { ARTIFACTS_PER_JOB } from './artifacts.js';
export type { CacheEntry } from './cache-entries.js';
export type { RuntimeScope } from './runtime-token.js';

/** What a test can make the service do to the next matching requests: fail with a status, or never answer. */
export type Fault = { status: number; body?: unknown } | 'hang' | 'reset';

/**
 * The Actions results service on 127.0.0.1, as the runner's actions see it:
 * - the cache, both protocol versions `@actions/cache` speaks: v1
 *   (`_apis/artifactcache`, GHES) at `url` as ACTIONS_CACHE_URL, and v2
 *   (Twirp CacheService, github.com) at `url` as ACTIONS_RESULTS_URL with
 *   ACTIONS_CACHE_SERVICE_V2 set;
 * - artifacts, the Twirp ArtifactService `@actions/artifact` v2+ calls at
 *   ACTIONS_RESULTS_URL;
 * - the Azure blob endpoint behind both's signed URLs (one BlobStore).
 * Service calls carry ACTIONS_RUNTIME_TOKEN: a JWT minted by
 * `runtimeToken()` for a run and job (artifact calls need one; the cache also
 * takes the plain `token`, as its tests were written with). Blob calls carry
 * a valid signature instead, as on Azure.
 */
export interface ResultsService {
  url: string;
  /** A plain runtime token the cache routes accept. */
  token: string;
  /** A runtime token scoped to one run and job, as the runner issues per job; `attempt` (default 1) is the job's run attempt. */
  runtimeToken(scope: RuntimeScope & { attempt?: number }): string;
  /** Cache entries, both protocols. */
  entries: CacheEntry[];
  /** Artifacts, finalized or not, of every run. */
  artifacts: Artifact[];
  /** Every request, `METHOD path`, for asserting what the client did. */
  requests: string[];
  /** Every blob signature handed out: credentials that must not reach any output. */
  signatures: string[];
  /** Makes requests whose `METHOD path` matches `pattern` fail (`times` of them; default all) until cleared. */
  inject(pattern: RegExp, fault: Fault, times?: number): void;
  clearFaults(): void;
  close(): Promise<void>;
}

interface Injected {
  pattern: RegExp;
  fault: Fault;
  remaining: number;
}

export async function startResultsService(token = 'runtime-token-for-tests'): Promise<ResultsService> {
  const entries = new CacheEntries();
  const artifacts = new ArtifactRecords();
  const requests: string[] = [];
  const signatures: string[] = [];
  const jwtSecret = randomBytes(16).toString('hex');
  let faults: Injected[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: Error) => sendJson(response, 500, { message: error.message }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const blobs = new BlobStore(url, signatures);
  const close = () =>
    new Promise<void>((resolve) => {
      untrack();
      for (const response of hanging) response.socket?.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const untrack = trackServer(`results service at ${url}`, close);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const target = new URL(request.url ?? '/', url);
    const line = `${request.method} ${target.pathname}`;
    requests.push(line);
    const body = await readBody(request);
    const injected = faults.find((fault) => fault.remaining > 0 && fault.pattern.test(line));
    if (injected) {
      injected.remaining--;
      if (injected.fault === 'hang') return void hanging.add(response);
      if (injected.fault === 'reset') return void request.socket.destroy();
      return sendJson(response, injected.fault.status, injected.fault.body ?? { code: 'internal', msg: 'injected fault' });
    }
    if (BlobStore.isBlobPath(target)) return blobs.handle(request, response, target, body);
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const scope = verifyRuntimeToken(jwtSecret, bearer);
    if (isArtifactTwirpPath(target)) {
      if (!scope) return sendJson(response, 401, { code: 'unauthenticated', msg: 'invalid runtime token' });
      const message = parseTwirpJson(request, body);
      if (!message) return sendJson(response, 400, { code: 'malformed', msg: 'twirp requests are POSTs of application/json' });
      return handleArtifactTwirp(response, target, message, scope, artifacts, blobs);
    }
    if (bearer !== token && !scope) {
      return isCacheTwirpPath(target) ? sendJson(response, 401, { code: 'unauthenticated', msg: 'invalid runtime token' }) : sendJson(response, 401, { message: 'bad credentials' });
    }
    if (isCacheTwirpPath(target)) return handleCacheTwirp(request, response, target, body, entries, blobs);
    if (isCacheV1Path(target)) return handleCacheV1(request, response, target, body, entries, blobs);
    sendJson(response, 404, { message: `no route for ${line}` });
  }

  return {
    url,
    token,
    runtimeToken: ({ attempt, ...scope }) => {
      if (attempt !== undefined) artifacts.attempts.set(scope.jobBackendId, attempt);
      return mintRuntimeToken(jwtSecret, scope);
    },
    entries: entries.all,
    artifacts: artifacts.all,
    requests,
    signatures,
    inject: (pattern, fault, times = Number.POSITIVE_INFINITY) => void faults.push({ pattern, fault, remaining: times }),
    clearFaults: () => {
      faults = [];
    },
    close,
  };
}

/** The cache half of the service, by the name the cache tests know it. */
export const startCacheService = startResultsService;
export type CacheService = ResultsService;
