import { expect } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webhookExamples from '@octokit/webhooks-examples/api.github.com/index.json' with { type: 'json' };
import { accessRoutes, type FakeAccess } from './github-api/access-routes.js';
import { startGitHubApiServer, type Fault, type GitHubApiServer } from './github-api/server.js';
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
  const eventPath = join(workspace, '..', `${workspace.split('/').pop()}-event.json`);
  if (scenario.payload !== null) writeFileSync(eventPath, JSON.stringify(scenario.payload ?? webhookPayload('push')));
  const result = await runBundle('rbac-guard', {
    workspace,
    inputs: { command: scenario.command, environment: scenario.environment ?? '', token: scenario.token ?? RBAC_TOKEN, 'api-timeout': '3s', ...scenario.inputs },
    env: {
      GITHUB_API_URL: server.url,
      GITHUB_REPOSITORY: 'demo-org/demo-repo',
      GITHUB_ACTOR: scenario.actor,
      GITHUB_TRIGGERING_ACTOR: scenario.triggeringActor ?? scenario.actor,
      GITHUB_EVENT_NAME: scenario.event ?? 'push',
      ...(scenario.payload !== null ? { GITHUB_EVENT_PATH: eventPath } : {}),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: RBAC_SHA,
      ...(scenario.stateRoot ? { MEMORY_STORAGE_ROOT: scenario.stateRoot } : {}),
      ...scenario.env,
    },
  });
  const visible = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  expect(visible + result.summary + JSON.stringify(result.outputs)).not.toContain(RBAC_TOKEN);
  return { result, server };
}
