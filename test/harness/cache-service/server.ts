import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Actions cache service (v1, the `_apis/artifactcache` API that
 * `@actions/cache` calls on GHES and when v2 is not enabled), on 127.0.0.1:
 * look up by keys and version (exact key first, then newest entry with a
 * matching prefix), reserve, upload in Content-Range chunks, commit, and
 * serve archives. Every request must carry the runtime token.
 */
export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  size?: number;
  chunks: Map<number, Buffer>;
  committed: boolean;
  createdAt: number;
}

export interface CacheService {
  url: string;
  token: string;
  entries: CacheEntry[];
  /** Every request, `METHOD path`, for asserting what the client did. */
  requests: string[];
  close(): Promise<void>;
}

export async function startCacheService(token = 'runtime-token-for-tests'): Promise<CacheService> {
  const entries: CacheEntry[] = [];
  const requests: string[] = [];
  let clock = 0;
  const server: Server = createServer((request, response) => {
    void handle(request, response).catch((error: Error) => send(response, 500, { message: error.message }));
  });
  const address = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${request.method} ${url.pathname}`);
    const body = await readBody(request);
    if (url.pathname.startsWith('/archives/')) {
      const entry = entries.find((candidate) => candidate.id === Number(url.pathname.split('/')[2]) && candidate.committed);
      if (!entry) return send(response, 404, { message: 'no such archive' });
      const archive = Buffer.concat([...entry.chunks].sort((a, b) => a[0] - b[0]).map(([, chunk]) => chunk));
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': archive.length });
      return void response.end(archive);
    }
    if (request.headers.authorization !== `Bearer ${token}`) return send(response, 401, { message: 'bad credentials' });
    if (request.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
      // @actions/cache encodes the comma-joined keys once more than a query needs: %252C arrives as %2C.
      const keys = (url.searchParams.get('keys') ?? '').split(/,|%2C/i);
      const version = url.searchParams.get('version');
      const usable = entries.filter((entry) => entry.committed && entry.version === version);
      for (const key of keys) {
        const exact = usable.find((entry) => entry.key === key);
        const newest = usable.filter((entry) => entry.key.startsWith(key)).sort((a, b) => b.createdAt - a.createdAt)[0];
        const hit = exact ?? newest;
        if (hit) return send(response, 200, { cacheKey: hit.key, scope: 'refs/heads/main', creationTime: new Date(hit.createdAt).toISOString(), archiveLocation: `${address()}archives/${hit.id}` });
      }
      response.writeHead(204);
      return void response.end();
    }
    if (request.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
      const { key, version, cacheSize } = JSON.parse(body.toString('utf8')) as { key: string; version: string; cacheSize?: number };
      if (entries.some((entry) => entry.key === key && entry.version === version)) return send(response, 409, { message: `Cache already exists. Scope: refs/heads/main, Key: ${key}, Version: ${version}` });
      const entry: CacheEntry = { id: entries.length + 1, key, version, size: cacheSize, chunks: new Map(), committed: false, createdAt: ++clock };
      entries.push(entry);
      return send(response, 201, { cacheId: entry.id });
    }
    const match = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname);
    const entry = match ? entries.find((candidate) => candidate.id === Number(match[1])) : undefined;
    if (match && !entry) return send(response, 404, { message: 'no such cache' });
    if (request.method === 'PATCH' && entry) {
      const range = /^bytes (\d+)-(\d+)\/\*$/.exec(String(request.headers['content-range']));
      if (!range || Number(range[2]) - Number(range[1]) + 1 !== body.length) return send(response, 400, { message: 'bad Content-Range' });
      entry.chunks.set(Number(range[1]), body);
      response.writeHead(204);
      return void response.end();
    }
    if (request.method === 'POST' && entry) {
      const { size } = JSON.parse(body.toString('utf8')) as { size: number };
      const uploaded = [...entry.chunks.values()].reduce((sum, chunk) => sum + chunk.length, 0);
      if (uploaded !== size) return send(response, 400, { message: `uploaded ${uploaded} bytes, commit says ${size}` });
      entry.committed = true;
      response.writeHead(204);
      return void response.end();
    }
    send(response, 404, { message: `no route for ${request.method} ${url.pathname}` });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: address(),
    token,
    entries,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
