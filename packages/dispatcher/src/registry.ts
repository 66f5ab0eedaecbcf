import type { ActionDefinition } from '@gates/core';

/**
 * The table of every action, by command name. Loading is lazy so the
 * dispatcher and the CLI pay only for the action they run.
 */
export const ACTIONS: Readonly<Record<string, () => Promise<ActionDefinition>>> = {
  'checkpoint-restore': async () => (await import('../../../actions/checkpoint-restore/src/definition.js')).checkpointRestore,
  'pin-check': async () => (await import('../../../actions/pin-check/src/definition.js')).pinCheck,
  'perf-sla': async () => (await import('../../../actions/perf-sla/src/definition.js')).perfSla,
  'redact-logs': async () => (await import('../../../actions/redact-logs/src/definition.js')).redactLogs,
  'rbac-guard': async () => (await import('../../../actions/rbac-guard/src/definition.js')).rbacGuard,
};

export const ACTION_NAMES: readonly string[] = Object.keys(ACTIONS).sort();
