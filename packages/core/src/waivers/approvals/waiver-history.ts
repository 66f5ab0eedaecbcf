import { answerOrAbsent, type GitHubApi } from '../../github/api-client.js';
import type { WaiverEntry } from '../waiver-model.js';
import { contentsRoute } from '../../github/contents-route.js';
import { listAll } from './list-pages.js';

export interface Repository {
  owner: string;
  repo: string;
}

/** One version of the waiver file: the commit, and each waiver's canonical form by id. */
interface FileVersion {
  sha: string;
  entries: Map<string, string>;
}

/** The same waiver however its keys were ordered: sorted keys, JSON. */
export function canonicalWaiver(entry: unknown): string {
  return JSON.stringify(entry, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value,
  );
}

/**
 * The history of the waiver file up to `sha`, newest first, each version's
 * waivers read through the API (a shallow checkout has no history to ask).
 */
export async function waiverHistory(api: GitHubApi, repository: Repository, path: string, sha: string): Promise<FileVersion[]> {
  const commits = await listAll<{ sha?: unknown }>(api, 'GET /repos/{owner}/{repo}/commits', { ...repository, sha, path }, `commits that changed ${path}`);
  const { parseConfigText } = await import('../../config/parse-document.js');
  const versions: FileVersion[] = [];
  for (const commit of commits) {
    if (typeof commit.sha !== 'string') continue;
    const content = answerOrAbsent(await api.get<{ content?: unknown; encoding?: unknown }>(contentsRoute(path), { ...repository, ref: commit.sha }), `${path} at ${commit.sha}`);
    const entries = new Map<string, string>();
    if (content && typeof content.content === 'string' && content.encoding === 'base64') {
      try {
        const parsed = parseConfigText(Buffer.from(content.content, 'base64').toString('utf8'), path).value as { waivers?: unknown };
        for (const entry of Array.isArray(parsed.waivers) ? parsed.waivers : []) {
          const id = (entry as { id?: unknown } | null)?.id;
          if (typeof id === 'string') entries.set(id, canonicalWaiver(entry));
        }
      } catch {
        // A version that does not parse holds no waiver: the next one that does is where a waiver came in.
      }
    }
    versions.push({ sha: commit.sha, entries });
  }
  return versions;
}

/**
 * The commit that added or last changed `waiver` as it reads now: the oldest
 * of the newest run of versions that hold it unchanged. Undefined when the
 * newest committed version differs (the waiver is not committed as it is).
 */
export function introducingCommit(history: readonly FileVersion[], waiver: WaiverEntry): string | undefined {
  const current = canonicalWaiver(waiver);
  let found: string | undefined;
  for (const version of history) {
    if (version.entries.get(waiver.id) !== current) break;
    found = version.sha;
  }
  return found;
}
