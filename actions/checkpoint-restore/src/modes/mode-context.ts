import { join } from 'node:path';
import { artifactStore, DEFAULT_STATE_TIMEOUT_MS, isInside, resolveStateMode, retentionDays, statePath, type ActionContext, type Finding } from '@gates/core';
import type { CheckpointInputs } from '../checkpoint-inputs.js';
import { ActionsCacheTransport } from '../persistence/actions-cache-transport.js';
import { ArtifactTransport } from '../persistence/artifact-transport.js';
import type { CheckpointTransport } from '../persistence/transport.js';
import { finding, RULES } from '../rules.js';
import { openCheckpointStore, type CheckpointStore } from '../store/checkpoint-store.js';
import { chooseCodec } from '../store/codec.js';
import type { ManifestRejected } from '../store/parse-manifest.js';
import type { RunIdentity } from './save-checkpoint.js';

/** What every mode works with: the action's context, its inputs, the opened store, findings so far. */
export interface ModeContext {
  action: ActionContext;
  inputs: CheckpointInputs;
  store: CheckpointStore;
  transport?: CheckpointTransport;
  identity: RunIdentity;
  /** When the step started: the trigger RTO is measured from. */
  startedAt: number;
  /** Paths under the workspace never checkpointed or deleted: the state root, when it lives in the checkout. */
  exclude: string[];
  findings: Finding[];
  onRejected: (rejected: ManifestRejected) => void;
}

export function modeContext(action: ActionContext, inputs: CheckpointInputs, startedAt: number): ModeContext {
  const { env, stateRoot, workspace } = action;
  const identity: RunIdentity = {
    workflow: env.GITHUB_WORKFLOW_REF || env.GITHUB_WORKFLOW || 'local',
    commit: env.GITHUB_SHA || 'unknown',
    ref: env.GITHUB_REF || 'unknown',
    runId: env.GITHUB_RUN_ID || 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
  };
  const findings: Finding[] = [];
  const rejectedSeen = new Set<string>();
  const transport = checkpointTransport(action, inputs, identity);
  return {
    action,
    inputs,
    store: openCheckpointStore(stateRoot, chooseCodec(inputs.compression)),
    transport,
    identity,
    startedAt,
    exclude: isInside(stateRoot, workspace) ? [stateRoot, join(workspace, '.git')] : [join(workspace, '.git')],
    findings,
    onRejected: (rejected) => {
      if (rejectedSeen.has(rejected.hash)) return;
      rejectedSeen.add(rejected.hash);
      findings.push(finding(RULES.checkpointRejected, `Checkpoint ${rejected.hash.slice(0, 12)} was ignored: ${rejected.reason}.`, { fixHint: 'the checkpoint store was changed or damaged; it is never restored from' }));
    },
  };
}

/**
 * Where checkpoints travel (the `store` input): `auto` is the suite's state
 * transport, artifacts of the run on GitHub Actions and nothing elsewhere,
 * as the ledger's `state: auto`; `cache` is the Actions cache, across runs.
 */
function checkpointTransport(action: ActionContext, inputs: CheckpointInputs, identity: RunIdentity): CheckpointTransport | undefined {
  const { env, stateRoot } = action;
  if (inputs.store === 'cache') return new ActionsCacheTransport({ packDirectory: statePath(stateRoot, 'checkpoint-pack'), gate: inputs.gate, ...identity, ref: env.GITHUB_REF_NAME || identity.ref }, action.redactor);
  if (resolveStateMode(inputs.store, env) === 'local') return undefined;
  // Checkpoints are larger than segments: the state timeout bounds the wait for an answer, the lock timeout the transfer.
  const timeoutMs = Math.max(DEFAULT_STATE_TIMEOUT_MS, inputs.lockTimeoutMs);
  return new ArtifactTransport({ workDirectory: statePath(stateRoot, 'checkpoint-artifacts'), gate: inputs.gate, env, timeoutMs }, artifactStore(retentionDays(env)));
}

/** Brings published checkpoints in before a mode looks for one (store: auto on GitHub Actions, artifact or cache). */
export async function fetchPublished(context: ModeContext): Promise<string | undefined> {
  if (!context.transport) return undefined;
  const fetched = await context.transport.fetch(context.store);
  // A refused pack is someone else's bytes that did not check out: said, never used (its chunks show as missing).
  for (const reason of fetched.refused) {
    context.findings.push(finding(RULES.checkpointRejected, `Refused from ${context.transport.description}: ${reason}.`, { fixHint: 'a published checkpoint was changed or damaged; its chunks are not used' }));
  }
  return fetched.key ? `Fetched ${fetched.manifests} checkpoint(s) and ${fetched.chunks} chunk(s) from ${context.transport.description}: ${fetched.key}.` : `No checkpoint published yet in ${context.transport.description}.`;
}
