import { expect } from '@jest/globals';
import webhookExamples from '@octokit/webhooks-examples/api.github.com/index.json' with { type: 'json' };
import { accessRoutes, type FakeAccess } from './github-api/access-routes.js';
import { startGitHubApiServer, type Fault, type GitHubApiServer } from './github-api/server.js';
import { leaks, stepTexts } from './leaks.js';
import { runBundle, type BundleRun } from './run-bundle.js';
import { makeWorkspace } from './workspace.js';

/**
 * One rbac-guard decision as the runner runs it: the committed bundle, a
 * policy in the workspace, an event payload file, and a loopback GitHub
 * answering for the repository's collaborators, teams and reviews.
 */
export const RBAC_TOKEN = 'ghs_rbacGuardTokenNeverPrinted0123456789ab';
export const RBAC_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';

export interface RbacScenario {
  policy: string;
  access: FakeAccess;
  actor: string;
  triggeringActor?: string;
  command: string;
  environment?: string;
  event?: string;
  /** The event payload; `null` for a job without GITHUB_EVENT_PATH. */
  payload?: unknown;
  faults?: Fault[];
  token?: string;
  stateRoot?: string;
  rateLimit?: { limit: number; remaining: number; resetEpochSeconds?: number };
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

type Examples = { name: string; examples: Record<string, unknown>[] }[];
const examples = webhookExamples as unknown as Examples;

/** A recorded webhook payload (`@octokit/webhooks-examples`), copied so a test can change it. */
export function webhookPayload(event: string, action?: string): Record<string, unknown> {
  return structuredClone(examples.find((entry) => entry.name === event)!.examples.find((example) => !action || example.action === action)!);
}

/** Runs the scenario; the server is pushed to `servers` for the test's afterEach to close. */
export async function decideRbac(scenario: RbacScenario, servers: GitHubApiServer[]): Promise<{ result: BundleRun; server: GitHubApiServer }> {
  const server = await startGitHubApiServer(accessRoutes(scenario.access), { token: RBAC_TOKEN, faults: scenario.faults, rateLimit: scenario.rateLimit });
  servers.push(server);
  const workspace = makeWorkspace({ '.github/gates-rbac.yml': scenario.policy });
  // The job's token is the one the server accepts; the action's `token` input stays at its default (`${{ github.token }}`) unless the scenario sets it.
  const result = await runBundle('rbac-guard', {
    workspace,
    token: RBAC_TOKEN,
    apiUrl: server.url,
    event: { name: scenario.event ?? 'push', payload: scenario.payload ?? webhookPayload('push') },
    inputs: {
      command: scenario.command,
      // The default (10s) unless the test makes the API hang: a loaded machine must not turn a slow answer into exit 3.
      ...(scenario.faults?.some((fault) => fault.reply === 'hang') ? { 'api-timeout': '1s' } : {}),
      ...(scenario.environment === undefined ? {} : { environment: scenario.environment }),
      ...(scenario.token === undefined ? {} : { token: scenario.token }),
      ...scenario.inputs,
    },
    env: {
      GITHUB_REPOSITORY: 'demo-org/demo-repo',
      GITHUB_ACTOR: scenario.actor,
      GITHUB_TRIGGERING_ACTOR: scenario.triggeringActor ?? scenario.actor,
      // A job without an event file (`payload: null`): the runner always writes one, but rbac-guard must not need it.
      ...(scenario.payload === null ? { GITHUB_EVENT_PATH: '' } : {}),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: RBAC_SHA,
      ...(scenario.stateRoot ? { MEMORY_STORAGE_ROOT: scenario.stateRoot } : {}),
      ...scenario.env,
    },
  });
  expect(leaks(stepTexts(result), [RBAC_TOKEN])).toEqual([]);
  return { result, server };
}
