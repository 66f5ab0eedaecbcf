import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { archiveOf, type CacheEntries, type CacheEntry } from './cache-entries.js';
import { sendEmpty } from './http-io.js';

const CONTAINER = '/devstoreaccount1/actions-cache/';

/** Signs blob URLs the way a SAS does: the signature in the query covers the blob and the permission. */
export interface BlobUrls {
  sign(entry: CacheEntry, permission: 'r' | 'w'): string;
}

export function blobUrls(baseUrl: string, secret: string, issued: string[]): BlobUrls & { verify(url: URL, id: number, permission: 'r' | 'w'): boolean } {
  const signature = (id: number, permission: string) => createHmac('sha256', secret).update(`${id}:${permission}`).digest('base64url');
  const record = (value: string) => {
    if (!issued.includes(value)) issued.push(value);
    return value;
  };
  return {
    // Path-style account (as storage emulators serve it), so the Azure SDK parses account/container/blob.
    sign: (entry, permission) => `${baseUrl.replace(/\/$/, '')}${CONTAINER}${entry.id}.tzst?sv=2024-08-04&sr=b&sp=${permission}&sig=${record(signature(entry.id, permission))}`,
    verify: (url, id, permission) => {
      const given = Buffer.from(url.searchParams.get('sig') ?? '');
      const expected = Buffer.from(signature(id, permission));
      return url.searchParams.get('sp') === permission && given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

/**
 * The blob endpoint behind v2's signed URLs: a Put Blob of a block blob
 * (`x-ms-blob-type: BlockBlob`, answered 201 as Azure Storage does) and a GET
 * of the whole blob. A missing or wrong signature is 403, as with a bad SAS.
 */
export const isBlobPath = (url: URL): boolean => url.pathname.startsWith(CONTAINER);

export function handleBlob(request: IncomingMessage, response: ServerResponse, url: URL, body: Buffer, entries: CacheEntries, urls: ReturnType<typeof blobUrls>): void {
  const id = Number(url.pathname.slice(CONTAINER.length).split('.')[0]);
  const entry = entries.byId(id);
  const headers = { 'x-ms-request-id': `request-${id}`, 'x-ms-version': '2024-08-04', date: new Date().toUTCString() };
  if (request.method === 'PUT') {
    if (!entry || entry.committed || !urls.verify(url, id, 'w')) return sendEmpty(response, 403, { ...headers, 'x-ms-error-code': 'AuthenticationFailed' });
    if (request.headers['x-ms-blob-type'] !== 'BlockBlob') return sendEmpty(response, 400, { ...headers, 'x-ms-error-code': 'MissingRequiredHeader' });
    entry.chunks = new Map([[0, body]]);
    sendEmpty(response, 201, { ...headers, etag: `"0x${id.toString(16)}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' });
    return;
  }
  if (request.method === 'GET' || request.method === 'HEAD') {
    if (!entry?.committed || !urls.verify(url, id, 'r')) return sendEmpty(response, 403, { ...headers, 'x-ms-error-code': 'AuthenticationFailed' });
    const archive = archiveOf(entry);
    response.writeHead(200, { ...headers, 'content-type': 'application/octet-stream', 'content-length': archive.length, 'x-ms-blob-type': 'BlockBlob' });
    response.end(request.method === 'GET' ? archive : undefined);
    return;
  }
  sendEmpty(response, 405, headers);
}
