import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { ACTION_REPOSITORIES } from '../fixtures/action-repositories.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';
import { junitReport } from './planted-secrets.js';
import { CheckCounter } from './leak-search.js';
import { elementsOf, foreignElements, renderGfm, visibleText } from './rendered-markdown.js';

const counter = new CheckCounter();
afterAll(() => console.log(counter.report('summary injection and size (rendered as GFM)')));

/** GitHub drops a step summary over 1 MiB entirely. */
const GITHUB_SUMMARY_LIMIT = 1024 * 1024;

/** Untrusted text that tries every way to become Markdown or HTML: a lone CR, headings, links, images, autolinks, raw HTML, a table break. */
const PAYLOAD = 'x\r# Pwned heading [click](https://evil.example/a) ![img](https://evil.example/i.png) <img src=x onerror=alert(1)> <https://evil.example/b> www.evil.example https://evil.example/c mallory@evil.example | cell\nbreak ~~gone~~ <details open>';

/** What in a rendered summary did not come from gates: foreign tags, links elsewhere, and headings made of the payload's words. */
function injectedElements(summary: string): string[] {
  const html = renderGfm(summary);
  counter.add('rendered elements inspected', elementsOf(html).length);
  counter.add('summaries rendered');
  const headings = html.match(/<h[1-6][^>]*>.*?<\/h[1-6]>/g) ?? [];
  return [...foreignElements(summary), ...headings.filter((heading) => /pwned/i.test(heading)).map((heading) => `heading ${heading}`)];
}

let server: GitHubApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('summary injection (issue 22)', () => {
  test('perf-sla: suite, class and test names cannot form a heading, link, image, autolink or HTML, in any table', async () => {
    const cases = [
      { suite: PAYLOAD, classname: PAYLOAD, name: PAYLOAD, seconds: 3 },
      { suite: 'plain suite', classname: 'Plain', name: 'plain test', seconds: 1 },
    ];
    const sla = ['version: 1', 'tests:', `  - name: ${JSON.stringify(`${PAYLOAD}.${PAYLOAD}`)}`, '    max: 1s', 'top-10:', `  - name: ${JSON.stringify('missing ' + PAYLOAD)}`, '    max: 1s', ''].join('\n');
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'reports/junit.xml': junitReport(cases), '.github/gates-perf.yml': sla }), inputs: { reports: 'reports' } });
    expect(run.exitCode).toBe(1);
    expect(injectedElements(run.summary)).toEqual([]);
    // The names are still there, as text.
    expect(visibleText(renderGfm(run.summary))).toContain('# Pwned heading [click](https');
  });

  test('redact-logs: a file name with Markdown in it stays text', async () => {
    const name = 'x # [click](https:evil.example) ![i](u) <b>bold</b> www.evil.example mallory@evil.example.log';
    const run = await runBundle('redact-logs', { workspace: makeWorkspace({ [`logs/${name}`]: 'token=ghp_R7kT2mWq9XvB4nLp8ZcY1sHd6FgJ3aE0uQiO\n' }), inputs: { paths: 'logs', 'fail-on-find': 'true' } });
    expect(run.exitCode).toBe(1);
    expect(injectedElements(run.summary)).toEqual([]);
  });

  test('rbac-guard: the environment input, user names and deny reasons stay text in the decision table', async () => {
    const policy = JSON.stringify({
      version: 1,
      roles: { dev: { grants: [{ commands: ['deploy'], environments: [PAYLOAD] }] } },
      subjects: [{ role: 'dev', users: ['alice', PAYLOAD] }],
      deny: [{ id: 'freeze', commands: ['deploy'], environments: [PAYLOAD], reason: PAYLOAD }],
    });
    const run = await runBundle('rbac-guard', { workspace: makeWorkspace({ '.github/gates-rbac.yml': policy }), inputs: { command: 'deploy', environment: PAYLOAD }, env: { GITHUB_ACTOR: 'alice' } });
    expect(run.exitCode).toBe(1);
    expect(injectedElements(run.summary)).toEqual([]);
  });
});

describe('the whole summary stays under GitHub\'s 1 MiB limit, with each action\'s largest appendix (issue 22)', () => {
  const bytes = (text: string) => {
    counter.add('summaries measured against 1 MiB');
    return Buffer.byteLength(text, 'utf8');
  };

  test('perf-sla: 60 tests with 100 KB names, each over its budget, in 60 suites', async () => {
    const long = (index: number) => `${String(index).padStart(3, '0')}-${'n'.repeat(100_000)}`;
    const cases = Array.from({ length: 60 }, (_, index) => ({ suite: long(index), classname: long(index), name: long(index), seconds: 10 + index }));
    const sla = ['version: 1', 'tests:', '  - name: "*"', '    max: 1s', ''].join('\n');
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'reports/junit.xml': junitReport(cases), '.github/gates-perf.yml': sla }), inputs: { reports: 'reports' }, timeoutMs: 60_000 });
    expect(run.exitCode).toBe(1);
    expect(bytes(run.summary)).toBeLessThan(GITHUB_SUMMARY_LIMIT);
    expect(run.summary).toContain('### Test durations');
  });

  test('redact-logs: 1,200 files with 3 KB paths, each holding a secret', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 1200; index++) files[`logs/${`d${index % 10}`.padEnd(200, 'd')}/${'e'.repeat(200)}/${'f'.repeat(200)}/${String(index).padStart(4, '0')}${'g'.repeat(200)}.log`] = 'token=ghp_R7kT2mWq9XvB4nLp8ZcY1sHd6FgJ3aE0uQiO\n';
    const run = await runBundle('redact-logs', { workspace: makeWorkspace(files), inputs: { paths: 'logs' }, timeoutMs: 60_000 });
    expect(run.exitCode).toBe(0);
    expect(bytes(run.summary)).toBeLessThan(GITHUB_SUMMARY_LIMIT);
  });

  test('rbac-guard: an actor holding 100 roles with 4 KB names, a policy near its 1 MiB cap', async () => {
    const roles = Array.from({ length: 100 }, (_, index) => `r${index}-${'x'.repeat(4000)}`);
    const policy = JSON.stringify({
      version: 1,
      roles: Object.fromEntries(roles.map((role) => [role, { grants: [{ commands: ['deploy'], environments: ['nowhere'] }] }])),
      subjects: roles.map((role) => ({ role, users: ['alice'] })),
    });
    const run = await runBundle('rbac-guard', { workspace: makeWorkspace({ '.github/gates-rbac.yml': policy }), inputs: { command: 'deploy' }, env: { GITHUB_ACTOR: 'alice' } });
    expect(run.exitCode).toBe(1);
    expect(bytes(run.summary)).toBeLessThan(GITHUB_SUMMARY_LIMIT);
  });

  test('pin-check dry run: a full findings table (1,200 unreadable workflows with long names) and a long diff (80 references it would pin, between 1 KB step names)', async () => {
    server = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token: 'ghs_summarySizeTestToken0123456789abcdef' });
    const workflow = (steps: string[]) => ['on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', ...steps, ''].join('\n');
    const steps = Array.from({ length: 80 }, (_, index) => [`      - name: step ${index} ${'n'.repeat(1000)}`, '        uses: actions/checkout@v4']).flat();
    const files: Record<string, string | Buffer> = { '.github/workflows/ci.yml': workflow(steps) };
    // Not UTF-8: each is a note in the findings table, under a 240-byte name (its link spells it three times over).
    for (let index = 0; index < 1200; index++) files[`.github/workflows/${String(index).padStart(4, '0')}-${'é'.repeat(115)}.yml`] = Buffer.from('on: push\n# \xff\n', 'latin1');
    const run = await runBundle('pin-check', {
      workspace: makeWorkspace(files),
      inputs: { mode: 'dry-run', token: 'ghs_summarySizeTestToken0123456789abcdef', 'api-timeout': '5s' },
      env: { GITHUB_API_URL: server.url },
      timeoutMs: 60_000,
    });
    expect(run.exitCode).toBe(1);
    expect(bytes(run.summary)).toBeLessThan(GITHUB_SUMMARY_LIMIT);
    expect(run.summary).toContain('### Fix mode (dry-run)');
  });
});
