import { createHash } from 'node:crypto';
import type { RecordOrigin } from '../audit/hash-chain.js';

/**
 * Who writes a segment, from what the runner gives a step. Pure.
 *
 * Matrix jobs share GITHUB_JOB; what tells them apart is the job's backend id,
 * which the runner puts only in the runtime token (a JWT whose `scp` claim
 * reads `Actions.Results:<run backend id>:<job backend id>`, as
 * @actions/artifact reads it). Steps of one job are told apart by
 * GITHUB_ACTION (the step's id, or `__<owner>_<repo>` with a numeric suffix
 * for a second unnamed use). The token is never stored: only a short hash of
 * the job backend id is.
 */
export function recordOrigin(env: NodeJS.ProcessEnv): Omit<RecordOrigin, 'mono'> {
  const origin: Omit<RecordOrigin, 'mono'> = {};
  const job = jobKey(env);
  const fields: [keyof Omit<RecordOrigin, 'mono'>, string | undefined][] = [
    ['run', env.GITHUB_RUN_ID],
    ['attempt', env.GITHUB_RUN_ATTEMPT],
    ['job', job],
    ['step', env.GITHUB_ACTION],
    ['runner', env.RUNNER_NAME],
  ];
  for (const [key, value] of fields) if (value) origin[key] = value;
  return origin;
}

/** `<GITHUB_JOB>` plus `.<8 hex>` of the job backend id when the token carries one (matrix jobs share the job id). */
export function jobKey(env: NodeJS.ProcessEnv): string | undefined {
  const job = env.GITHUB_JOB;
  if (!job) return undefined;
  const backend = jobBackendId(env.ACTIONS_RUNTIME_TOKEN);
  return backend ? `${job}.${createHash('sha256').update(backend).digest('hex').slice(0, 8)}` : job;
}

/** The job backend id in a runtime token's `scp` claim; the signature is not checked (the service checks it). */
export function jobBackendId(token: string | undefined): string | undefined {
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown };
    if (typeof claims.scp !== 'string') return undefined;
    for (const scope of claims.scp.split(' ')) {
      const parts = scope.split(':');
      if (parts[0] === 'Actions.Results' && parts.length === 3) return parts[2];
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export const SEGMENT_PREFIX = 'gates-state-';

/**
 * `gates-state-<job>-<attempt>-<n>`, where `<n>` is the step and, if the name
 * is taken already (the same step publishing twice, or another step of the
 * run took it first), a suffix: the caller's choice. Characters an
 * artifact name may not hold (`"`, `:`, `<`, `>`, `|`, `*`, `?`, `\`, `/`, line
 * breaks) become `_`.
 */
/**
 * A name segmentName could have given: the prefix and none of the characters an artifact name may not hold.
 * The list comes from the service, and any step of the run holding the runtime token can create artifacts with
 * names the client would refuse (`gates-state-x/../../audit`): a restore must not take one as a path.
 */
export function isSegmentName(name: string): boolean {
  return name.startsWith(SEGMENT_PREFIX) && name.length <= 200 && !/[":<>|*?\\/\r\n\0]/.test(name);
}

export function segmentName(env: NodeJS.ProcessEnv, suffix: number | string = 1): string {
  const job = jobKey(env) ?? 'local';
  const attempt = env.GITHUB_RUN_ATTEMPT || '1';
  const step = env.GITHUB_ACTION || 'step';
  const n = suffix === 1 ? step : `${step}.${suffix}`;
  return `${SEGMENT_PREFIX}${job}-${attempt}-${n}`.replace(/[":<>|*?\\/\r\n]/g, '_').slice(0, 200);
}
