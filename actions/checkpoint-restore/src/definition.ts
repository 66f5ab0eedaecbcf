import { awaitQuiesce, quiescePolicy, statePath, writeReportFile, type ActionDefinition } from '@gates/core';
import { readCheckpointInputs } from './checkpoint-inputs.js';
import { modeContext } from './modes/mode-context.js';
import { runRehearse } from './modes/run-rehearse.js';
import { runRestore } from './modes/run-restore.js';
import { runSave } from './modes/run-save.js';
import { RULE_LIST } from './rules.js';

export const checkpointRestore: ActionDefinition = {
  name: 'checkpoint-restore',
  description: 'Atomic, deduplicated checkpoints after a gate; verified restore, one-step rollback playbook and disaster-recovery rehearsal.',
  rules: RULE_LIST,
  // A rollback sets the quiesce marker itself; the other modes wait for one like every gate.
  checksQuiesce: true,
  async run(action) {
    const startedAt = Date.now();
    const inputs = readCheckpointInputs(action.inputs, startedAt);
    if (inputs.mode !== 'rollback') {
      await awaitQuiesce(action.stateRoot, quiescePolicy(action.config), (marker) => action.runner.info(`Waiting: a rollback of gate "${marker.gate}" (run ${marker.run}) has quiesced the gates since ${marker.since}.`));
    }
    const context = modeContext(action, inputs, startedAt);
    const { metrics, ...outcome } = inputs.mode === 'save' ? await runSave(context) : inputs.mode === 'rehearse' ? await runRehearse(context) : await runRestore(context);
    const metricsFile = await writeReportFile(statePath(action.stateRoot, 'reports', 'checkpoint-restore'), `metrics-${inputs.mode}.json`, { ...metrics, run: context.identity }, action.redactor);
    // A restore on the rollback path is what the suite's metrics file counts (seed §7: rollback frequency).
    const rolledBack = inputs.mode === 'rollback' && metrics.restored !== false;
    return { ...outcome, failOn: 'error', outputs: { ...outcome.outputs, 'metrics-file': metricsFile }, ...(rolledBack ? { metrics: { rollbacks: 1 } } : {}) };
  },
};
