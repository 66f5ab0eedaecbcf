import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlobStore } from './blob-store.js';
import { archiveName, assembleChunks, CACHE_CONTAINER, type CacheEntries } from './cache-entries.js';
import { sendEmpty, sendJson } from './http-io.js';

/**
 * Cache service v1 (`_apis/artifactcache`, what `@actions/cache` calls on GHES
 * and where ACTIONS_CACHE_SERVICE_V2 is unset): GET cache?keys&version, POST
 * caches to reserve, PATCH caches/:id with Content-Range chunks, POST
 * caches/:id to commit with the total size. The lookup answers with a signed
 * blob URL, as the service's Azure SAS URLs are.
 */
export const isCacheV1Path = (url: URL): boolean => url.pathname.startsWith('/_apis/artifactcache/');

export function handleCacheV1(request: IncomingMessage, response: ServerResponse, url: URL, body: Buffer, entries: CacheEntries, blobs: BlobStore): void {
  if (request.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
    // @actions/cache encodes the comma-joined keys once more than a query needs: %252C arrives as %2C.
    const keys = (url.searchParams.get('keys') ?? '').split(/,|%2C/i);
    const hit = entries.lookup(keys, url.searchParams.get('version') ?? '');
    if (!hit) sendEmpty(response, 204);
    else sendJson(response, 200, { cacheKey: hit.key, scope: 'refs/heads/main', creationTime: hit.created.toISOString(), archiveLocation: blobs.sign(CACHE_CONTAINER, archiveName(hit), 'r') });
    return;
  }
  if (request.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
    const { key, version } = JSON.parse(body.toString('utf8')) as { key: string; version: string };
    const entry = entries.reserve(key, version);
    if (!entry) sendJson(response, 409, { message: `Cache already exists. Scope: refs/heads/main, Key: ${key}, Version: ${version}` });
    else sendJson(response, 201, { cacheId: entry.id });
    return;
  }
  const match = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname);
  const entry = match ? entries.byId(Number(match[1])) : undefined;
  if (!entry || entry.committed) {
    sendJson(response, 404, { message: 'no such cache reservation' });
  } else if (request.method === 'PATCH') {
    const range = /^bytes (\d+)-(\d+)\/\*$/.exec(String(request.headers['content-range']));
    if (!range || Number(range[2]) - Number(range[1]) + 1 !== body.length) sendJson(response, 400, { message: 'bad Content-Range' });
    else {
      entry.chunks.set(Number(range[1]), body);
      sendEmpty(response, 204);
    }
  } else if (request.method === 'POST') {
    const { size } = JSON.parse(body.toString('utf8')) as { size: number };
    const archive = assembleChunks(entry);
    if (archive.length !== size) sendJson(response, 400, { message: `uploaded ${archive.length} bytes, commit says ${size}` });
    else {
      entry.committed = true;
      blobs.put(CACHE_CONTAINER, archiveName(entry), archive);
      blobs.seal(CACHE_CONTAINER, archiveName(entry));
      sendEmpty(response, 204);
    }
  } else {
    sendJson(response, 405, { message: `${request.method} not allowed` });
  }
}
