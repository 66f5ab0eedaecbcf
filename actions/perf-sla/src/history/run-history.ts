import { resolve } from 'node:path';
import { statePath, type Finding, type Redactor } from '@gates/core';
import type { HistoryPolicy } from '../sla/sla-policy.js';
import { compareRun, type RunComparison } from './compare-run.js';
import { currentProfile } from './hardware-profile.js';
import type { HardwareProfile } from './history-model.js';
import { ActionsCacheHistory } from './actions-cache-history.js';
import { appendSample, JsonFileHistory, UnreadableHistory, type HistoryStore } from './history-store.js';

export interface HistoryContext {
  env: NodeJS.ProcessEnv;
  workspace: string;
  stateRoot: string;
  redactor: Redactor;
}

export interface HistoryOutcome {
  comparison?: RunComparison;
  profile: HardwareProfile;
  description: string;
  findings: Finding[];
  /** For the step's log: e.g. a history that will not outlive this runner. */
  warnings: string[];
}

/**
 * Loads the history the policy names, judges this run's tracked tests
 * against it, and appends this run. An unreadable history is a warning and is
 * left as it is (never overwritten), and the run is judged without it.
 */
export async function runHistory(policy: HistoryPolicy, current: ReadonlyMap<string, number>, context: HistoryContext): Promise<HistoryOutcome> {
  const profile = currentProfile(context.env);
  const kind = resolveStore(policy.store, context.env);
  const warnings =
    policy.store === 'state' && context.env.RUNNER_ENVIRONMENT === 'github-hosted'
      ? ['perf-sla history.store: state on a GitHub-hosted runner: the state root is wiped when the job ends, so no history will persist. Use history.store: cache (the default on GitHub Actions) or repo.']
      : [];
  const store = storeFor({ ...policy, store: kind }, context, profile);
  if (!store) return { profile, description: 'none (history.store: none)', findings: [], warnings };
  let history;
  try {
    history = await store.load();
  } catch (error) {
    if (!(error instanceof UnreadableHistory)) throw error;
    return { profile, description: store.description, warnings, findings: [{ ruleId: 'history-unreadable', severity: 'warning', message: `${error.message}; this run was not compared and the file was left as it is` }] };
  }
  const comparison = compareRun(current, history.samples, profile, policy.options);
  await store.save(appendSample(history, { at: new Date().toISOString(), sha: context.env.GITHUB_SHA, ref: context.env.GITHUB_REF, profile, durations: Object.fromEntries(current) }));
  const findings: Finding[] = comparison.verdicts
    .filter((verdict) => verdict.kind === 'regression' || verdict.kind === 'suspected')
    .map((verdict) => ({
      ruleId: verdict.kind === 'regression' ? 'regression' : 'suspected-regression',
      severity: verdict.kind === 'regression' ? 'error' : 'warning',
      message: `${verdict.name}: ${verdict.current.toFixed(3)} s against a median of ${verdict.baseline!.toFixed(3)} s over ${verdict.samples} comparable run(s) (+${Math.round((verdict.current / verdict.baseline! - 1) * 100)}%, beyond the noise budget${verdict.p === undefined ? '' : `, Mann–Whitney p=${verdict.p.toPrecision(2)}`})`,
    }));
  return { comparison, profile, description: store.description, findings, warnings };
}

/** No store named: the Actions cache where the runner gives the job its cache service, else the state root. */
export function resolveStore(store: HistoryPolicy['store'], env: NodeJS.ProcessEnv): Exclude<HistoryPolicy['store'], 'auto'> {
  if (store !== 'auto') return store;
  return env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL) ? 'cache' : 'state';
}

function storeFor(policy: HistoryPolicy, context: HistoryContext, profile: HardwareProfile): HistoryStore | undefined {
  if (policy.store === 'none') return undefined;
  if (policy.store === 'repo') return new JsonFileHistory(resolve(context.workspace, policy.path), context.workspace, `repository file ${policy.path}`, context.redactor);
  // One history per branch: a feature branch's runs do not move main's baseline.
  const branch = (context.env.GITHUB_HEAD_REF || context.env.GITHUB_REF_NAME || 'local').replace(/[^A-Za-z0-9._-]/g, '_');
  if (policy.store === 'cache') {
    const run = `${context.env.GITHUB_RUN_ID ?? Date.now()}-${context.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    // The cache version hashes the path: it must be the same in every run, as RUNNER_TEMP is on a runner.
    const file = statePath(context.env.RUNNER_TEMP || context.stateRoot, 'gates-perf-history', 'history.json');
    return new ActionsCacheHistory({ file, branch, defaultBranch: policy.defaultBranch, runId: run }, profile, context.redactor);
  }
  return new JsonFileHistory(statePath(context.stateRoot, 'perf-history', `${branch}.json`), context.stateRoot, `state root file perf-history/${branch}.json`, context.redactor);
}
