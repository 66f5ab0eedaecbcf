import { GatesError } from '../../errors/gates-error.js';
import { describeRoute, requireAnswer, type GitHubApi } from '../../github/api-client.js';

/** Pages read at most (100 items each); a longer list is not decided from its first part. */
export const MAX_PAGES = 20;

/**
 * Every item of a GitHub list, page by page (`per_page=100&page=N`, which
 * GitHub's list endpoints take) until a page comes back short. A list longer
 * than MAX_PAGES pages, or a page that is not a list, is an infrastructure
 * error (exit 3): an approval is never decided from part of a list.
 */
export async function listAll<T>(api: GitHubApi, route: string, params: Record<string, string | number>, what: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const data = requireAnswer(await api.get<unknown>(route, { ...params, per_page: 100, page }), what);
    if (!Array.isArray(data)) throw new GatesError('GATES_E_API_UNAVAILABLE', { route: describeRoute(route, params), attempts: 1, reason: `page ${page} is not a list` });
    for (const item of data) items.push(item as T);
    if (data.length < 100) return items;
  }
  throw new GatesError('GATES_E_API_UNAVAILABLE', { route: describeRoute(route, params), attempts: 1, reason: `more than ${MAX_PAGES} pages of ${what}; gates does not decide from part of a list` });
}
