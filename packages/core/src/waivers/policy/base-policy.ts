import { CONFIG_KINDS } from '../../config/schemas.js';
import { GatesError } from '../../errors/gates-error.js';
import type { GitHubApi } from '../../github/api-client.js';
import { API_TIMEOUT_RANGE } from '../../github/api-timeout.js';
import { connectGitHub } from '../../github/connect.js';
import { readEventPayload } from '../../github/event-origin.js';
import type { InputReader } from '../../inputs/input-reader.js';
import type { Runner } from '../../runner/runner.js';
import { isValidTimeZone } from '../waiver-time.js';
import { effectivePolicy, type EffectivePolicy, type WaiverFile, type WaiverSet } from '../waiver-model.js';
import { baseWaiversPath } from './base-waivers-path.js';
import { fileAtCommit, repositoryPath, type Repository } from './file-at-commit.js';
import { changedPolicyKeys } from './policy-diff.js';
import { BASE_POLICY_EVENTS, policySource } from './policy-source.js';

/** The base commit the policy was read from, and the client that read it (approvals read the rbac policy there too). */
export interface BaseCommit {
  api: GitHubApi;
  repository: Repository;
  sha: string;
}

export interface ResolvedPolicy {
  /** The waiver set, its policy the one this run judges by. */
  set: WaiverSet;
  /** Set when the policy came from the pull request's base commit. */
  base?: BaseCommit;
  /** One sentence for the summary saying where the policy came from (and what the pull request changed); plain text, no Markdown. */
  note?: string;
}

export interface PolicyContext {
  env: NodeJS.ProcessEnv;
  inputs: InputReader;
  runner: Runner;
}

/**
 * The policy a run judges waivers by. On a pull request event the checkout is
 * the pull request's own code, which may have relaxed `policy:` in the same
 * change as the waiver it needs: the policy is read from the base commit
 * instead (the waivers themselves still come from the checkout), from the
 * waiver file the base's own gates config names (baseWaiversPath). No base
 * file means the default policy. Anything that stops the base from being read ends
 * the run (exit 3): the checkout's policy is never the fallback. Other events
 * keep the checkout's policy.
 */
export async function resolvePolicy(set: WaiverSet, context: PolicyContext): Promise<ResolvedPolicy> {
  const event = context.env.GITHUB_EVENT_NAME;
  // Only a pull request event needs the payload: other runs never read (or fail on) it here.
  if (!event || !BASE_POLICY_EVENTS.has(event)) return { set };
  const source = policySource(event, readEventPayload(context.env));
  if (source.from === 'checkout') return { set };
  const unavailable = (reason: string) => new GatesError('GATES_E_WAIVER_POLICY_UNAVAILABLE', { event, reason });
  const configInput = context.inputs.path('config', CONFIG_KINDS.gates.defaultPath!).path;
  const configPath = repositoryPath(configInput);
  if (!configPath) throw unavailable(`the gates config ${configInput} (the \`config\` input) is outside the repository, so the base commit has no version of it to name its waiver file`);
  const token = context.inputs.string('token');
  if (!token) throw unavailable("the action has no token to read it with (its `token` input is empty)");
  const [owner = '', repo = ''] = (context.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw unavailable('GITHUB_REPOSITORY does not name the repository');
  const repository = { owner, repo };
  const api = await connectGitHub(token, context.env, context.runner, { timeoutMs: context.inputs.duration('api-timeout', 10_000, API_TIMEOUT_RANGE) });
  const short = source.sha.slice(0, 7);
  // Only the file the base's own config names counts: the checkout's `waivers:` is the pull request's to change.
  const { path, namedBy } = await baseWaiversPath(api, repository, configPath, source.sha, unavailable);
  const text = await fileAtCommit(api, repository, path, source.sha);
  const policy = text === undefined ? effectivePolicy() : await parseBasePolicy(text, `${path} at ${short}`);
  const changed = changedPolicyKeys(set.policy, policy);
  const where = path === repositoryPath(set.file) ? '' : ` (its ${path}${namedBy ? `, named by its ${configPath}` : ''})`;
  const origin = text === undefined ? `the default policy (the base commit ${short} has no ${path})` : `the policy of the base commit ${short}${where}`;
  let note = `Waivers are judged by ${origin}, not by this pull request's checkout.`;
  if (changed.length > 0) {
    const change = `This pull request changes the waiver policy (${changed.join(', ')}); policy changes take effect once merged.`;
    context.runner.warning(`${change} This run judges its waivers by ${origin}.`);
    note += ` ${change}`;
  }
  return { set: { ...set, policy }, base: { api, repository, sha: source.sha }, note };
}

/** The base's waiver file, validated as a checkout's would be; only its policy is used. */
async function parseBasePolicy(text: string, display: string): Promise<EffectivePolicy> {
  const { parseConfigDocument } = await import('../../config/load-file.js');
  const loaded = await parseConfigDocument(text, CONFIG_KINDS.waivers, display);
  const policy = effectivePolicy((loaded.value as WaiverFile).policy);
  if (!isValidTimeZone(policy.timezone)) {
    const line = loaded.positions.value.get('/policy/timezone')?.line;
    throw new GatesError('GATES_E_CONFIG_INVALID', { file: display, count: 1 }, { details: [{ message: `unknown time zone "${policy.timezone}"`, location: { file: display, line }, hint: 'fix it on the base branch' }] });
  }
  return policy;
}
