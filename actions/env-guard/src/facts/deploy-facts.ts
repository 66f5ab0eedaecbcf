import type { EventOrigin } from '@gates/core';

/** What a deployment check is judged on: collected from the runner's environment and event (collect-facts.ts). */
export interface DeployFacts {
  /** The target environment's name (the `environment` input). */
  target: string;
  /** The `job-environment` input: the GitHub environment the job declares. */
  jobEnvironment?: string;
  event: string;
  /** Full ref, e.g. refs/heads/main or refs/pull/7/merge. */
  ref: string;
  refName: string;
  /** GITHUB_REF_PROTECTED: the runner's word that branch protection or a ruleset covers the ref. */
  refProtected: boolean;
  origin: EventOrigin;
  owner: string;
  repo: string;
  sha: string;
  runId: string;
  /** Names of the variables the step sees and of the secrets it was given: names only, never values. */
  variableNames: string[];
  secretNames: string[];
}

/** Variables the runner itself sets: never a deployment's credentials. */
const RUNNER_VARIABLE = /^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/;

export function collectFacts(env: NodeJS.ProcessEnv, origin: EventOrigin, inputs: { target: string; jobEnvironment?: string; secretNames: string[] }): DeployFacts {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  return {
    target: inputs.target,
    jobEnvironment: inputs.jobEnvironment,
    event: env.GITHUB_EVENT_NAME ?? 'unknown',
    ref: env.GITHUB_REF ?? '',
    refName: env.GITHUB_REF_NAME ?? (env.GITHUB_REF ?? '').replace(/^refs\/(heads|tags)\//, ''),
    refProtected: env.GITHUB_REF_PROTECTED === 'true',
    origin,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    variableNames: Object.keys(env).filter((name) => !RUNNER_VARIABLE.test(name) && env[name] !== undefined && env[name] !== ''),
    secretNames: inputs.secretNames,
  };
}
