import { createHash } from 'node:crypto';
import type { ApiReply, ApiRequest } from './server.js';

/**
 * GitHub's pagination of list endpoints, as its REST docs ("Using pagination
 * in the REST API") and OpenAPI description (a `Link` header on every list
 * response) describe it: `per_page` (default 30, at most 100) and `page`
 * (from 1) select a slice; a `Link` header names the `prev`, `next`, `last`
 * and `first` pages, omitted when everything fits on one page. Its URLs are
 * in the `/repositories/{id}/...` form GitHub uses for repository endpoints,
 * not the path that was requested: a client must take the page from the
 * link's query, not assume the path it asked for.
 */
export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export function paginate(reply: ApiReply, request: ApiRequest, apiUrl: string): ApiReply {
  if (reply.status !== 200 || !Array.isArray(reply.body)) return reply;
  const items = reply.body as unknown[];
  const perPage = clamp(Number(request.query.get('per_page') ?? DEFAULT_PER_PAGE), DEFAULT_PER_PAGE, MAX_PER_PAGE);
  const page = clamp(Number(request.query.get('page') ?? 1), 1, Number.MAX_SAFE_INTEGER);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const body = items.slice((page - 1) * perPage, page * perPage);
  if (last === 1) return { ...reply, body };
  const linkTo = (target: number) => {
    const query = new URLSearchParams(request.query);
    query.set('per_page', String(perPage));
    query.set('page', String(target));
    return `<${apiUrl}${publicPath(request.path)}?${query.toString()}>`;
  };
  const links = [
    ...(page > 1 ? [`${linkTo(Math.min(page - 1, last))}; rel="prev"`] : []),
    ...(page < last ? [`${linkTo(page + 1)}; rel="next"`, `${linkTo(last)}; rel="last"`] : []),
    ...(page > 1 ? [`${linkTo(1)}; rel="first"`] : []),
  ];
  return { ...reply, body, headers: { ...reply.headers, link: links.join(', ') } };
}

/** `/repos/octo-org/octo-repo/pulls/1/reviews` → `/repositories/<id>/pulls/1/reviews`, as GitHub writes its links. */
function publicPath(path: string): string {
  return path.replace(/^\/repos\/([^/]+)\/([^/]+)/, (_whole, owner: string, repo: string) => `/repositories/${repositoryId(owner, repo)}`);
}

function repositoryId(owner: string, repo: string): number {
  return createHash('sha1').update(`${owner}/${repo}`.toLowerCase()).digest().readUInt32BE(0);
}

function clamp(value: number, fallback: number, max: number): number {
  if (!Number.isInteger(value) || value < 1) return fallback;
  return Math.min(value, max);
}
