import type { GitHubIdentity, RunEvent } from './types.js';

export const DEFAULT_IDENTITY: GitHubIdentity = {
  repository: 'octo-org/octo-repo',
  sha: 'ffac537e6cbbf934b08745a378932722df287a53',
  ref: 'refs/heads/main',
  actor: 'octocat',
  runId: '1658821493',
  runNumber: '7',
  runAttempt: '1',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  graphqlUrl: 'https://api.github.com/graphql',
  token: 'ghs_workflowRunnerTestToken0000000000000',
};

/** What one job runs with: its directories and the run's identity. */
export interface JobSite {
  identity: GitHubIdentity;
  event: RunEvent;
  eventPath: string;
  /** The caller workflow's name (`github.workflow` stays the caller's inside reusable workflows). */
  workflowName: string;
  workflowRef: string;
  jobId: string;
  workspace: string;
  temp: string;
  toolCache: string;
  home: string;
  debug: boolean;
}

function refName(ref: string): { name: string; type: string } {
  if (ref.startsWith('refs/tags/')) return { name: ref.slice('refs/tags/'.length), type: 'tag' };
  return { name: ref.replace(/^refs\/(heads|pull)\//, ''), type: 'branch' };
}

/** The `github` context a job sees. */
export function githubContext(site: JobSite): Record<string, unknown> {
  const { identity, event } = site;
  const ref = refName(identity.ref);
  return {
    action: '',
    action_path: '',
    actor: identity.actor,
    triggering_actor: identity.actor,
    api_url: identity.apiUrl,
    base_ref: '',
    event: event.payload ?? {},
    event_name: event.name,
    event_path: site.eventPath,
    graphql_url: identity.graphqlUrl,
    head_ref: '',
    job: site.jobId,
    ref: identity.ref,
    ref_name: ref.name,
    ref_type: ref.type,
    repository: identity.repository,
    repository_owner: identity.repository.split('/')[0],
    retention_days: '90',
    run_id: identity.runId,
    run_number: identity.runNumber,
    run_attempt: identity.runAttempt,
    server_url: identity.serverUrl,
    sha: identity.sha,
    token: identity.token,
    workflow: site.workflowName,
    workflow_ref: site.workflowRef,
    workspace: site.workspace,
  };
}

/** The `runner` context a job sees. */
export function runnerContext(site: JobSite): Record<string, unknown> {
  return { os: 'Linux', arch: 'X64', name: 'GitHub Actions 1', environment: 'github-hosted', temp: site.temp, tool_cache: site.toolCache, debug: site.debug ? '1' : '' };
}

/**
 * The variables the runner sets for every step (before the workflow's own
 * `env:`): GITHUB_*, RUNNER_*, CI, HOME and PATH. The file-command variables
 * are added per step.
 */
export function runnerVariables(site: JobSite, path: string): Record<string, string> {
  const github = githubContext(site);
  const ref = refName(site.identity.ref);
  const variables: Record<string, string> = {
    CI: 'true',
    HOME: site.home,
    PATH: path,
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: site.identity.actor,
    GITHUB_TRIGGERING_ACTOR: site.identity.actor,
    GITHUB_API_URL: site.identity.apiUrl,
    GITHUB_BASE_REF: '',
    GITHUB_EVENT_NAME: site.event.name,
    GITHUB_EVENT_PATH: site.eventPath,
    GITHUB_GRAPHQL_URL: site.identity.graphqlUrl,
    GITHUB_HEAD_REF: '',
    GITHUB_JOB: site.jobId,
    GITHUB_REF: site.identity.ref,
    GITHUB_REF_NAME: ref.name,
    GITHUB_REF_TYPE: ref.type,
    GITHUB_REPOSITORY: site.identity.repository,
    GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ID: site.identity.runId,
    GITHUB_RUN_NUMBER: site.identity.runNumber,
    GITHUB_RUN_ATTEMPT: site.identity.runAttempt,
    GITHUB_SERVER_URL: site.identity.serverUrl,
    GITHUB_SHA: site.identity.sha,
    GITHUB_WORKFLOW: site.workflowName,
    GITHUB_WORKFLOW_REF: site.workflowRef,
    GITHUB_WORKSPACE: site.workspace,
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: site.temp,
    RUNNER_TOOL_CACHE: site.toolCache,
  };
  if (site.debug) variables.RUNNER_DEBUG = '1';
  return variables;
}
