import { keyedAnchor } from '../audit/keyed-anchor.js';
import type { LedgerRecord } from '../audit/hash-chain.js';
import type { Ledger } from '../audit/ledger.js';
import { valueAt, type EffectiveConfig } from '../config/layers.js';
import { GatesError } from '../errors/gates-error.js';
import type { InputReader } from '../inputs/input-reader.js';
import { parseDuration } from '../inputs/parse.js';
import type { Runner } from '../runner/runner.js';
import { publishVerdict, PUBLISH_MODES, type PublishMode } from './publish-verdict.js';
import { artifactStore } from './segment-store.js';
import { resolveStateMode, retentionDays, STATE_MODES, type StateMode } from './state-mode.js';
import { StateSession } from './state-session.js';

/** Restore and publish each get this long by default: an artifact-service outage costs seconds, not the client's retry schedule. */
export const DEFAULT_STATE_TIMEOUT_MS = 20_000;
const DEFAULT_API_TIMEOUT_MS = 10_000;
/** The anchor key signs segments whose MACs any step of the run can read: 32 characters (128 bits as hex and more) leave no key to guess. */
export const MIN_ANCHOR_KEY_LENGTH = 32;

export interface StepStateSettings {
  mode: Exclude<StateMode, 'auto' | 'cache'>;
  publish: PublishMode;
  timeoutMs: number;
  anchorKey?: string;
}

/** `state`, `publish` and `anchor-key` inputs over the root config's `state`, `publish` and `state-timeout`. */
export function stepStateSettings(inputs: InputReader, config: EffectiveConfig, env: NodeJS.ProcessEnv): StepStateSettings {
  const requested = inputs.string('state') ? inputs.enumeration('state', STATE_MODES, 'auto') : ((valueAt(config.values, 'state') as StateMode | undefined) ?? 'auto');
  const publish = inputs.string('publish') ? inputs.enumeration('publish', PUBLISH_MODES, 'none') : ((valueAt(config.values, 'publish') as PublishMode | undefined) ?? 'none');
  const timeout = valueAt(config.values, 'state-timeout') as string | undefined;
  const anchorKey = inputs.string('anchor-key');
  if (anchorKey && anchorKey.length < MIN_ANCHOR_KEY_LENGTH) {
    // Any step of the run can download a signed segment (its MAC, over text it can read) and guess the key offline:
    // a short key, once guessed, signs forged passes. The value is not named: a short one is not masked either.
    throw new GatesError('GATES_E_INPUT_INVALID', { input: 'anchor-key', value: `a secret of ${anchorKey.length} characters`, expected: `a random secret of at least ${MIN_ANCHOR_KEY_LENGTH} characters (\`openssl rand -hex 32\`)` });
  }
  return {
    mode: resolveStateMode(requested, env),
    publish,
    timeoutMs: timeout ? parseDuration(timeout, { minMs: 1000, maxMs: 600_000 }) : DEFAULT_STATE_TIMEOUT_MS,
    ...(anchorKey ? { anchorKey } : {}),
  };
}

/** Restores the run's segments before the action runs (artifact mode), so the ledger counts past them; with the anchor key, only signed ones. */
export function openStepState(settings: StepStateSettings, stateRoot: string, env: NodeJS.ProcessEnv, ledger: Ledger, runner: Runner): Promise<StateSession> {
  const store = settings.mode === 'artifact' ? artifactStore(retentionDays(env)) : undefined;
  const signing = settings.anchorKey ? { signingKey: settings.anchorKey } : {};
  return StateSession.open({ stateRoot, store, env, timeoutMs: settings.timeoutMs, warn: (message) => runner.warning(message), ...signing }, ledger);
}

export interface StepEnd {
  action: string;
  verdict: 'pass' | 'fail' | 'empty';
  record: LedgerRecord;
  token?: string;
  apiTimeoutMs?: number;
  reportDirectory?: string;
}

/**
 * After the step's record is appended: prints and outputs the head (and the
 * keyed anchor), publishes the verdict (status or check run) and the segment.
 * Publishing the verdict is the step's promise to branch protection: a
 * failure to publish it is an error (exit 3); a segment that cannot be
 * published only warns (the decision is made and recorded here).
 */
export async function finishStepState(settings: StepStateSettings, session: StateSession, ledger: Ledger, end: StepEnd, env: NodeJS.ProcessEnv, runner: Runner): Promise<void> {
  const head = end.record.hash;
  const anchor = settings.anchorKey ? keyedAnchor(head, settings.anchorKey) : undefined;
  // On a terminal the CLI lays out its own output (`gates audit verify` prints the head there).
  if (runner.kind === 'github') runner.info(`Audit ledger head: ${head} (Lamport ${end.record.lamport})${anchor ? `, keyed anchor ${anchor}` : ''}`);
  runner.setOutput('ledger-head', head);
  if (anchor) runner.setOutput('ledger-anchor', anchor);
  if (settings.publish !== 'none' && env.GITHUB_SHA && env.GITHUB_REPOSITORY) {
    if (!end.token) throw new GatesError('GATES_E_API_NO_TOKEN', { what: `publish: ${settings.publish} (the verdict of ${end.action})` });
    const [owner = '', repo = ''] = env.GITHUB_REPOSITORY.split('/');
    // The API client loads only here: most steps publish no verdict, and every step would parse it at start.
    const { connectGitHub } = await import('../github/connect.js');
    const api = await connectGitHub(end.token, env, runner, { timeoutMs: end.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS });
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    await publishVerdict(settings.publish, api, owner, repo, {
      context: `gates/${end.action}`,
      verdict: end.verdict,
      sha: env.GITHUB_SHA,
      head,
      ...(anchor ? { anchor } : {}),
      ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID, runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
      ...(env.GITHUB_RUN_ATTEMPT ? { attempt: env.GITHUB_RUN_ATTEMPT } : {}),
    });
  }
  await session.publish(ledger, end.reportDirectory);
}
