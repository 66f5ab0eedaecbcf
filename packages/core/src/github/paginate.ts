import { GatesError } from '../errors/gates-error.js';
import { describeRoute, type ApiResult, type GitHubApi } from './api-client.js';

export interface PageLimits {
  /** Pages read at most (of up to 100 items each). */
  maxPages: number;
  /**
   * More pages than that: `fail` when a decision needs the whole list (a
   * later page can change it), `truncate` when the first pages are a
   * documented bound (the newest N tags).
   */
  beyond: 'fail' | 'truncate';
}

/**
 * Every item of a GitHub list endpoint, page after page, as GitHub's
 * pagination docs prescribe: request 100 per page and follow the `rel="next"`
 * link of the `Link` header until there is none. The link's page parameters
 * (`page`, `before`/`after`, `since`...) are applied to the same route on the
 * same API host: the token is never sent to a URL taken from a response, and
 * GitHub's links name `/repositories/{id}/...` paths anyway.
 *
 * The first page's non-success answer is returned as it is, for the caller's
 * `requireAnswer`/`answerOrAbsent`; a page that is not a list, a link that
 * does not advance, or a failure on a later page throws (exit 3): a decision
 * is never made from part of a list.
 */
export async function getAllPages<T>(api: GitHubApi, route: string, params: Record<string, string | number>, limits: PageLimits): Promise<ApiResult<T[]>> {
  const label = describeRoute(route, params);
  const pathParams = new Set([...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));
  const items: T[] = [];
  const seen = new Set<string>();
  let pageParams: Record<string, string | number> = { per_page: 100 };
  for (let page = 1; ; page++) {
    const result = await api.get<T[]>(route, { ...params, ...pageParams });
    if (!result.ok) {
      if (page === 1) return result;
      throw new GatesError('GATES_E_API_MALFORMED', { route: label, reason: `page ${page} answered ${result.status} (${result.message}) after page 1 succeeded` });
    }
    if (!Array.isArray(result.data)) throw new GatesError('GATES_E_API_MALFORMED', { route: label, reason: `page ${page} is not a list` });
    for (const item of result.data) items.push(item);
    const nextUrl = nextLink(result.link);
    if (nextUrl === undefined) return { ok: true, status: 200, data: items };
    const next = pageQuery(nextUrl, pathParams);
    if (!next) throw new GatesError('GATES_E_API_MALFORMED', { route: label, reason: `page ${page} links a next page gates cannot follow (${nextUrl.slice(0, 200)})` });
    const key = JSON.stringify(next);
    if (seen.has(key)) throw new GatesError('GATES_E_API_MALFORMED', { route: label, reason: `the next-page link repeats (${key}): pagination does not advance` });
    seen.add(key);
    if (page >= limits.maxPages) {
      if (limits.beyond === 'truncate') return { ok: true, status: 200, data: items };
      throw new GatesError('GATES_E_API_MALFORMED', { route: label, reason: `more than ${limits.maxPages} pages; gates does not decide from part of a list` });
    }
    pageParams = { per_page: 100, ...next };
  }
}

/** The `rel="next"` target of a Link header (RFC 8288), or undefined on the last page. */
export function nextLink(link: string | undefined): string | undefined {
  for (const entry of link?.split(/,(?=\s*<)/) ?? []) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(entry);
    const rel = match ? /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(match[2]!) : null;
    if (match && rel && rel[1]!.trim().split(/\s+/).includes('next')) return match[1]!;
  }
  return undefined;
}

/** The page parameters of a next link, without any that would rename the route's own path parameters; undefined when it has none. */
function pageQuery(target: string, pathParams: ReadonlySet<string>): Record<string, string> | undefined {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  // fromEntries defines own properties: a parameter named __proto__ stays data.
  const query = Object.fromEntries([...url.searchParams].filter(([name]) => !pathParams.has(name)));
  return Object.keys(query).length > 0 ? query : undefined;
}
