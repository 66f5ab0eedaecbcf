import { posix } from 'node:path';
import { GatesError } from '../../errors/gates-error.js';
import { answerOrAbsent, describeRoute, type GitHubApi } from '../../github/api-client.js';
import { MAX_CONFIG_BYTES } from '../../config/load-file.js';
import { contentsRoute } from '../../github/contents-route.js';

export { contentsRoute };

export interface Repository {
  owner: string;
  repo: string;
}

/** Base64 as the contents API writes it: the alphabet, `=` padding, lines wrapped with "\n". */
const BASE64 = /^[A-Za-z0-9+/=\s]*$/;

/**
 * The path of a config file inside the repository, as the contents API takes
 * it; undefined when it is not inside the workspace (an absolute path or one
 * that climbs out names no file of the base commit). Pure.
 */
export function repositoryPath(display: string): string | undefined {
  if (display.startsWith('/') || /^[A-Za-z]:[\\/]/.test(display)) return undefined;
  const path = posix.normalize(display.replace(/\\/g, '/'));
  if (path === '.' || path === '..' || path.startsWith('../') || path.startsWith('/')) return undefined;
  return path.replace(/^\.\//, '');
}

/**
 * A config file's text at a commit, through the contents API (the JSON form:
 * `type: file`, base64 `content`, which GitHub sends for files up to 1 MB).
 * Undefined when the commit has no such file (404). An answer of another shape
 * (a directory's listing, a symlink, no content, content that is not base64 or
 * not UTF-8) decides nothing: exit 3. API failures throw as the client's (exit 3).
 */
export async function fileAtCommit(api: GitHubApi, repository: Repository, path: string, sha: string): Promise<string | undefined> {
  const params = { ...repository, ref: sha };
  const route = describeRoute(contentsRoute(path), params);
  const data = answerOrAbsent(await api.get<unknown>(contentsRoute(path), params), `${path} at ${sha}`);
  if (data === undefined) return undefined;
  const malformed = (reason: string) => new GatesError('GATES_E_API_MALFORMED', { route, reason });
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw malformed(`${path} is not a file at ${sha.slice(0, 7)} (the answer is ${Array.isArray(data) ? "a directory's listing" : 'not an object'})`);
  const file = data as { type?: unknown; encoding?: unknown; content?: unknown; size?: unknown };
  if (file.type !== 'file') throw malformed(`${path} is not a file at ${sha.slice(0, 7)} (type ${JSON.stringify(file.type)})`);
  const size = typeof file.size === 'number' ? file.size : undefined;
  // Over 1 MB GitHub sends `encoding: none` and no content; a config file that large is refused in a checkout too.
  if (size !== undefined && size > MAX_CONFIG_BYTES) throw new GatesError('GATES_E_CONFIG_TOO_LARGE', { file: `${path} at ${sha.slice(0, 7)}`, size, limit: MAX_CONFIG_BYTES });
  if (file.encoding !== 'base64' || typeof file.content !== 'string' || !BASE64.test(file.content)) throw malformed(`${path} has no base64 content`);
  const bytes = Buffer.from(file.content, 'base64');
  if (size !== undefined && bytes.length !== size) throw malformed(`${path}'s content is ${bytes.length} bytes, its size says ${size}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GatesError('GATES_E_CONFIG_UNREADABLE', { file: `${path} at ${sha.slice(0, 7)}`, reason: 'it is not valid UTF-8' });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
