import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blobUrls, handleBlob, isBlobPath } from './blob-routes.js';
import { CacheEntries, type CacheEntry } from './cache-entries.js';
import { readBody, sendJson } from './http-io.js';
import { handleTwirp, isTwirpPath } from './twirp-routes.js';
import { handleV1, isV1Path } from './v1-routes.js';

export type { CacheEntry } from './cache-entries.js';

/**
 * The Actions cache service on 127.0.0.1, both protocol versions that
 * `@actions/cache` speaks, over one set of entries: v1 (`_apis/artifactcache`,
 * GHES) at `url` as ACTIONS_CACHE_URL, and v2 (Twirp, github.com) at `url` as
 * ACTIONS_RESULTS_URL with ACTIONS_CACHE_SERVICE_V2 set, whose archives go to
 * signed blob URLs on the same server. Service calls must carry the runtime
 * token; blob calls must carry a valid signature instead, as on Azure.
 */
export interface CacheService {
  url: string;
  token: string;
  entries: CacheEntry[];
  /** Every request, `METHOD path`, for asserting what the client did. */
  requests: string[];
  /** Every blob signature handed out: credentials that must not reach any output. */
  signatures: string[];
  close(): Promise<void>;
}

export async function startCacheService(token = 'runtime-token-for-tests'): Promise<CacheService> {
  const entries = new CacheEntries();
  const requests: string[] = [];
  const signatures: string[] = [];
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: Error) => sendJson(response, 500, { message: error.message }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const blobs = blobUrls(url, randomBytes(16).toString('hex'), signatures);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const target = new URL(request.url ?? '/', url);
    requests.push(`${request.method} ${target.pathname}`);
    const body = await readBody(request);
    if (isBlobPath(target)) return handleBlob(request, response, target, body, entries, blobs);
    if (request.headers.authorization !== `Bearer ${token}`) {
      return isTwirpPath(target) ? sendJson(response, 401, { code: 'unauthenticated', msg: 'invalid runtime token' }) : sendJson(response, 401, { message: 'bad credentials' });
    }
    if (isTwirpPath(target)) return handleTwirp(request, response, target, body, entries, blobs);
    if (isV1Path(target)) return handleV1(request, response, target, body, entries, blobs);
    sendJson(response, 404, { message: `no route for ${request.method} ${target.pathname}` });
  }

  return {
    url,
    token,
    entries: entries.all,
    requests,
    signatures,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
