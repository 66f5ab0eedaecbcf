import { GatesError, type InputReader } from '@gates/core';
import type { CodecName } from './store/codec.js';
import type { GateStatus } from './store/manifest.js';
import { parseHealthChecks, type HealthCheck } from './modes/health-checks.js';

export const MODES = ['save', 'restore', 'rollback', 'rehearse'] as const;
export type Mode = (typeof MODES)[number];
export const TRIGGERS = ['gate-failure', 'security-block', 'lock-timeout', 'health-check-failure'] as const;
export type Trigger = (typeof TRIGGERS)[number];

export interface CheckpointInputs {
  mode: Mode;
  gate: string;
  paths: string[];
  status: GateStatus;
  key: string;
  force: boolean;
  retention: number;
  checkpoint?: string;
  trigger: Trigger;
  failedGate: string;
  /** When the failure happened (RPO is measured to it); default: when the step started. */
  failedAt: number;
  healthChecks: HealthCheck[];
  rtoTargetMs: number;
  scratchDirectory?: string;
  /** Not `state` (the ledger's transport, issue 18), though `auto` and `artifact` ride the same artifact client. */
  store: (typeof STORES)[number];
  compression: CodecName | 'auto';
  lockTimeoutMs: number;
}

export const STORES = ['auto', 'artifact', 'cache', 'local'] as const;

const GATE_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$/;
/** What the store can resolve (see ManifestStore.resolve): anything else is a usage error, not a missing checkpoint. */
const CHECKPOINT_NAME = /^[0-9a-f]{7,64}$/;

/** Every input of the action, parsed and checked (usage errors name the input). */
export function readCheckpointInputs(inputs: InputReader, startedAt: number): CheckpointInputs {
  const mode = inputs.enumeration('mode', MODES, 'save');
  const gate = inputs.required('gate').trim();
  if (!GATE_NAME.test(gate)) throw new GatesError('GATES_E_INPUT_INVALID', { input: 'gate', value: gate, expected: 'a gate name: letters, digits, space, dot, dash, underscore (at most 100)' });
  if (mode === 'save') inputs.required('paths');
  const checkpoint = inputs.string('checkpoint')?.trim() || undefined;
  if (checkpoint !== undefined && !CHECKPOINT_NAME.test(checkpoint)) throw new GatesError('GATES_E_INPUT_INVALID', { input: 'checkpoint', value: checkpoint, expected: 'a manifest hash, or a prefix of it of at least 7 lowercase hex digits' });
  const failedAtText = inputs.string('failed-at');
  const failedAt = failedAtText ? Date.parse(failedAtText) : startedAt;
  if (Number.isNaN(failedAt)) throw new GatesError('GATES_E_INPUT_INVALID', { input: 'failed-at', value: failedAtText!, expected: 'an ISO 8601 time' });
  return {
    mode,
    gate,
    paths: inputs.list('paths'),
    status: inputs.enumeration('status', ['green', 'red'] as const, 'green'),
    key: inputs.string('key') ?? '',
    force: inputs.boolean('force', false),
    retention: inputs.integer('retention', 5, { min: 1, max: 1000 }),
    checkpoint,
    trigger: inputs.enumeration('trigger', TRIGGERS, 'gate-failure'),
    failedGate: inputs.string('failed-gate')?.trim() || gate,
    failedAt,
    healthChecks: parseHealthChecks(inputs.raw('health-checks')),
    rtoTargetMs: inputs.integer('rto-target-seconds', 600, { min: 1, max: 86_400 }) * 1000,
    scratchDirectory: inputs.string('scratch-dir') || undefined,
    store: inputs.enumeration('store', STORES, 'auto'),
    compression: inputs.enumeration('compression', ['auto', 'zstd', 'gzip', 'none'] as const, 'auto'),
    lockTimeoutMs: inputs.integer('lock-timeout-seconds', 600, { min: 1, max: 21_600 }) * 1000,
  };
}
