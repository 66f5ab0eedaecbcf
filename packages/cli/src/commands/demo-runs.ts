/**
 * What `gates demo` runs on the demo repository: each action at least once,
 * with the inputs and runner context a workflow would give it. Every run
 * works without GitHub: rbac-guard's cases are decided by users and apps
 * named in the policy, so no API call is needed.
 */
export interface DemoRun {
  action: string;
  title: string;
  /** `{state}` stands for the demo's state directory (outputs that must not land in the demo repository). */
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

const MAIN_PUSH = { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: '0f3c9d6f2b8a4e51c7d2a9b06e4f1a3c5d7e9b21', GITHUB_REPOSITORY: 'demo-org/demo-repo' };

export const DEMO_RUNS: readonly DemoRun[] = [
  { action: 'pin-check', title: 'pin-check: is the supply chain pinned?' },
  { action: 'perf-sla', title: 'perf-sla: test durations against the SLA file', inputs: { reports: 'reports' } },
  {
    action: 'redact-logs',
    title: 'redact-logs: a test log scrubbed before upload (copies, so the demo repository stays as it is)',
    inputs: { paths: 'logs', secrets: 'demo-deploy-key-4f9a1c', 'output-dir': '{state}/redacted' },
  },
  {
    action: 'rbac-guard',
    title: 'rbac-guard: the nightly planning run, unattended (allowed through its bypass)',
    inputs: { command: 'planning' },
    env: { ...MAIN_PUSH, GITHUB_EVENT_NAME: 'schedule', GITHUB_ACTOR: 'github-actions[bot]', GITHUB_TRIGGERING_ACTOR: 'github-actions[bot]' },
  },
  {
    action: 'rbac-guard',
    title: 'rbac-guard: someone without a role runs planning (denied)',
    inputs: { command: 'planning' },
    env: { ...MAIN_PUSH, GITHUB_EVENT_NAME: 'push', GITHUB_ACTOR: 'mallory', GITHUB_TRIGGERING_ACTOR: 'mallory' },
  },
  {
    action: 'env-guard',
    title: 'env-guard: staging from main (allowed; the declared defaults are handed on)',
    inputs: { environment: 'staging' },
    env: { ...MAIN_PUSH, GITHUB_EVENT_NAME: 'push' },
  },
  {
    action: 'env-guard',
    title: 'env-guard: production from an unprotected ref with staging credentials in sight (denied)',
    inputs: { environment: 'production' },
    env: { ...MAIN_PUSH, GITHUB_EVENT_NAME: 'push', GITHUB_REF_PROTECTED: 'false', STAGING_DB_PASSWORD: 'demo-staging-db-pw-51c2' },
  },
  {
    action: 'drift-check',
    title: 'drift-check: the rendered app config against its shadow baseline (drifted)',
    inputs: { document: 'config/app.json', baseline: 'config/app.shadow.json', ignore: '/build' },
  },
  { action: 'hydration-check', title: 'hydration-check: the layered config of 2 environments x 2 regions against its fixtures' },
];
