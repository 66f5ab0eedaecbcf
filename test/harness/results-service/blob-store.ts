import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendEmpty } from './http-io.js';

/** Path-style account, as storage emulators serve it, so the Azure SDK parses account/container/blob from a 127.0.0.1 URL. */
const ACCOUNT = '/devstoreaccount1/';
const API_VERSION = '2024-08-04';

interface Blob {
  /** The committed content: set by Put Blob or Put Block List; undefined until then. */
  content?: Buffer;
  contentType: string;
  /** Blocks staged by Put Block, by block id, until a block list commits them. */
  staged: Map<string, Buffer>;
  /** Sealed by the service that owns the blob (cache entry committed, artifact finalized): no more writes. */
  sealed: boolean;
}

/**
 * The Azure Blob Storage endpoint behind the results service's signed URLs,
 * shared by the cache (v2 archives, v1 archives after commit) and artifacts.
 * Speaks what `@azure/storage-blob` sends: Put Blob (`x-ms-blob-type:
 * BlockBlob`), Put Block (`comp=block&blockid=`), Put Block List
 * (`comp=blocklist`, an XML list of `<Latest>` ids), Get and Head Blob. URLs
 * are signed like a SAS: the `sig` covers the blob and the permission, and a
 * missing or wrong one is 403 AuthenticationFailed, as on Azure.
 */
export class BlobStore {
  private readonly blobs = new Map<string, Blob>();
  private readonly secret = randomBytes(16).toString('hex');

  constructor(
    private readonly baseUrl: string,
    /** Every signature handed out: credentials that must not reach any output. */
    private readonly issued: string[],
  ) {}

  static isBlobPath(url: URL): boolean {
    return url.pathname.startsWith(ACCOUNT);
  }

  /** A signed URL for `container/name` with read or write permission. */
  sign(container: string, name: string, permission: 'r' | 'w'): string {
    const path = `${ACCOUNT}${container}/${name}`;
    const signature = this.signature(path, permission);
    if (!this.issued.includes(signature)) this.issued.push(signature);
    return `${this.baseUrl.replace(/\/$/, '')}${path}?sv=${API_VERSION}&sr=b&sp=${permission}&sig=${signature}`;
  }

  /** The committed bytes of a blob, or undefined when nothing was committed. */
  content(container: string, name: string): Buffer | undefined {
    return this.blobs.get(`${ACCOUNT}${container}/${name}`)?.content;
  }

  /** Commits bytes directly (the cache's v1 protocol assembles its archive from Content-Range chunks). */
  put(container: string, name: string, content: Buffer, contentType = 'application/octet-stream'): void {
    this.blobs.set(`${ACCOUNT}${container}/${name}`, { content, contentType, staged: new Map(), sealed: false });
  }

  /** No more writes to this blob, whatever URL was signed. */
  seal(container: string, name: string): void {
    const blob = this.blobs.get(`${ACCOUNT}${container}/${name}`);
    if (blob) blob.sealed = true;
  }

  handle(request: IncomingMessage, response: ServerResponse, url: URL, body: Buffer): void {
    const path = url.pathname;
    const headers = { 'x-ms-request-id': randomBytes(8).toString('hex'), 'x-ms-version': API_VERSION, date: new Date().toUTCString() };
    const denied = () => sendEmpty(response, 403, { ...headers, 'x-ms-error-code': 'AuthenticationFailed' });
    if (request.method === 'PUT') {
      if (!this.verify(url, 'w')) return denied();
      const blob: Blob = this.blobs.get(path) ?? { contentType: 'application/octet-stream', staged: new Map(), sealed: false };
      if (blob.sealed) return denied();
      this.blobs.set(path, blob);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        const id = url.searchParams.get('blockid');
        if (!id) return sendEmpty(response, 400, { ...headers, 'x-ms-error-code': 'InvalidQueryParameterValue' });
        blob.staged.set(id, body);
        return sendEmpty(response, 201, { ...headers, 'x-ms-content-crc64': '', 'x-ms-request-server-encrypted': 'true' });
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((match) => match[1]!);
        const missing = ids.find((id) => !blob.staged.has(id));
        if (missing !== undefined) return sendEmpty(response, 400, { ...headers, 'x-ms-error-code': 'InvalidBlockList' });
        blob.content = Buffer.concat(ids.map((id) => blob.staged.get(id)!));
        blob.contentType = String(request.headers['x-ms-blob-content-type'] ?? blob.contentType);
        blob.staged.clear();
        return sendEmpty(response, 201, { ...headers, etag: `"0x${randomBytes(6).toString('hex')}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' });
      }
      if (request.headers['x-ms-blob-type'] !== 'BlockBlob') return sendEmpty(response, 400, { ...headers, 'x-ms-error-code': 'MissingRequiredHeader' });
      blob.content = body;
      blob.contentType = String(request.headers['x-ms-blob-content-type'] ?? request.headers['content-type'] ?? blob.contentType);
      return sendEmpty(response, 201, { ...headers, etag: `"0x${randomBytes(6).toString('hex')}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' });
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      const blob = this.blobs.get(path);
      if (!this.verify(url, 'r')) return denied();
      if (!blob?.content) return sendEmpty(response, 404, { ...headers, 'x-ms-error-code': 'BlobNotFound' });
      response.writeHead(200, { ...headers, 'content-type': blob.contentType, 'content-length': blob.content.length, 'x-ms-blob-type': 'BlockBlob' });
      response.end(request.method === 'GET' ? blob.content : undefined);
      return;
    }
    sendEmpty(response, 405, headers);
  }

  private signature(path: string, permission: string): string {
    return createHmac('sha256', this.secret).update(`${path}:${permission}`).digest('base64url');
  }

  private verify(url: URL, permission: 'r' | 'w'): boolean {
    const given = Buffer.from(url.searchParams.get('sig') ?? '');
    const expected = Buffer.from(this.signature(url.pathname, permission));
    return url.searchParams.get('sp') === permission && given.length === expected.length && timingSafeEqual(given, expected);
  }
}
