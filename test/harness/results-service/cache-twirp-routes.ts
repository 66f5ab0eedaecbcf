import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlobStore } from './blob-store.js';
import { archiveName, CACHE_CONTAINER, type CacheEntries, type CacheEntry } from './cache-entries.js';
import { sendJson } from './http-io.js';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

/**
 * Cache service v2 (what `@actions/cache` calls on github.com runners, where
 * ACTIONS_CACHE_SERVICE_V2 is set): Twirp JSON at ACTIONS_RESULTS_URL, fields
 * in proto names (snake_case), int64 as strings, errors as
 * `{code, msg}`. The archive itself goes to a signed blob URL.
 */
export const isCacheTwirpPath = (url: URL): boolean => url.pathname.startsWith(SERVICE);

export function handleCacheTwirp(request: IncomingMessage, response: ServerResponse, url: URL, body: Buffer, entries: CacheEntries, blobs: BlobStore): void {
  if (request.method !== 'POST' || !String(request.headers['content-type']).startsWith('application/json')) {
    return sendJson(response, 400, { code: 'malformed', msg: 'twirp requests are POSTs of application/json' });
  }
  const message = JSON.parse(body.toString('utf8')) as { key?: string; version?: string; restore_keys?: string[]; size_bytes?: string };
  const key = message.key ?? '';
  const version = message.version ?? '';
  const uploaded = (entry: CacheEntry) => blobs.content(CACHE_CONTAINER, archiveName(entry))?.length ?? 0;
  switch (url.pathname.slice(SERVICE.length)) {
    case 'CreateCacheEntry': {
      const entry = entries.reserve(key, version);
      if (!entry) sendJson(response, 409, { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' });
      else sendJson(response, 200, { ok: true, signed_upload_url: blobs.sign(CACHE_CONTAINER, archiveName(entry), 'w') });
      break;
    }
    case 'FinalizeCacheEntryUpload': {
      const entry = entries.uncommitted(key, version);
      if (!entry) sendJson(response, 404, { code: 'not_found', msg: 'no cache entry is being uploaded under that key and version' });
      else if (String(uploaded(entry)) !== message.size_bytes) sendJson(response, 200, { ok: false, entry_id: '0', message: `blob has ${uploaded(entry)} bytes, finalize says ${message.size_bytes}` });
      else {
        entry.committed = true;
        blobs.seal(CACHE_CONTAINER, archiveName(entry));
        sendJson(response, 200, { ok: true, entry_id: String(entry.id) });
      }
      break;
    }
    case 'GetCacheEntryDownloadURL': {
      const hit = entries.lookup([key, ...(message.restore_keys ?? [])], version);
      if (!hit) sendJson(response, 200, { ok: false, signed_download_url: '', matched_key: '' });
      else sendJson(response, 200, { ok: true, signed_download_url: blobs.sign(CACHE_CONTAINER, archiveName(hit), 'r'), matched_key: hit.key });
      break;
    }
    default:
      sendJson(response, 404, { code: 'bad_route', msg: `no such method ${url.pathname}` });
  }
}
