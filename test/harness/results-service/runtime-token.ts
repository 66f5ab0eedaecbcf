import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * ACTIONS_RUNTIME_TOKEN as the runner issues it: a JWT whose `scp` claim
 * names the run and job backend ids (`Actions.Results:<run>:<job>`), which
 * `@actions/artifact` decodes to address its requests. Here it is signed
 * (HS256) by the service, which checks the signature and that a request's
 * ids are the token's, as the real service scopes a token to its run.
 */
export interface RuntimeScope {
  runBackendId: string;
  jobBackendId: string;
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function mintRuntimeToken(secret: string, scope: RuntimeScope, lifetimeSeconds = 6 * 3600): string {
  const now = Math.floor(Date.now() / 1000);
  const header = encode({ typ: 'JWT', alg: 'HS256' });
  const claims = encode({
    scp: `Actions.ExampleScope Actions.Results:${scope.runBackendId}:${scope.jobBackendId}`,
    nbf: now - 60,
    exp: now + lifetimeSeconds,
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vso:gates-test',
  });
  return `${header}.${claims}.${sign(secret, `${header}.${claims}`)}`;
}

/** The scope of a valid, unexpired token signed by `secret`; undefined for anything else. */
export function verifyRuntimeToken(secret: string, token: string): RuntimeScope | undefined {
  const [header, claims, signature, ...rest] = token.split('.');
  if (!header || !claims || !signature || rest.length > 0) return undefined;
  const expected = Buffer.from(sign(secret, `${header}.${claims}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { scp?: string; exp?: number };
    if (typeof payload.exp !== 'number' || payload.exp < Date.now() / 1000) return undefined;
    const results = (payload.scp ?? '').split(' ').find((scope) => scope.startsWith('Actions.Results:'))?.split(':');
    return results?.length === 3 ? { runBackendId: results[1]!, jobBackendId: results[2]! } : undefined;
  } catch {
    return undefined;
  }
}

function sign(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}
