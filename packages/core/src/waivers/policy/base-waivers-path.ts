import { CONFIG_KINDS } from '../../config/schemas.js';
import { GatesError } from '../../errors/gates-error.js';
import type { GitHubApi } from '../../github/api-client.js';
import { DEFAULT_WAIVERS_PATH } from '../load-waivers.js';
import { fileAtCommit, repositoryPath, type Repository } from './file-at-commit.js';

/** Where the base keeps its waiver file, and what said so (for the summary and errors). */
export interface BaseWaiversPath {
  /** The waiver file's path in the base commit, as the contents API takes it. */
  path: string;
  /** Set when the base's gates config named the path (`waivers:`); unset when it is the default. */
  namedBy?: string;
}

/**
 * The waiver file path the base commit's gates config names (its `waivers`
 * key; the default path when the base has no config or the key is unset).
 * The checkout's `.github/gates.yml` is the pull request's own: were its
 * `waivers:` the path, a pull request could point it at a file the base does
 * not have and be judged by the defaults instead of the base's policy.
 * The base config is validated as a checkout's would be: invalid is a config
 * error naming it `<path> at <short sha>` (exit 2); API failures are exit 3.
 */
export async function baseWaiversPath(api: GitHubApi, repository: Repository, configPath: string, sha: string, unavailable: (reason: string) => GatesError): Promise<BaseWaiversPath> {
  const text = await fileAtCommit(api, repository, configPath, sha);
  if (text === undefined) return { path: DEFAULT_WAIVERS_PATH };
  const display = `${configPath} at ${sha.slice(0, 7)}`;
  const { parseConfigDocument } = await import('../../config/load-file.js');
  const loaded = await parseConfigDocument(text, CONFIG_KINDS.gates, display);
  const named = (loaded.value as { waivers?: unknown }).waivers;
  if (typeof named !== 'string') return { path: DEFAULT_WAIVERS_PATH };
  const path = repositoryPath(named);
  // A path outside the repository has no version at any commit: nothing can say what the base's policy is.
  if (!path) throw unavailable(`${display} names the waiver file ${named}, which is outside the repository`);
  return { path, namedBy: display };
}
