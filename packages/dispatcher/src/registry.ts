import type { ActionDefinition } from '@gates/core';

/**
 * The table of every action, by command name. Loading is lazy so the
 * dispatcher and the CLI pay only for the action they run.
 */
export const ACTIONS: Readonly<Record<string, () => Promise<ActionDefinition>>> = {
  'checkpoint-restore': async () => (await import('../../../actions/checkpoint-restore/src/definition.js')).checkpointRestore,
  'command-check': async () => (await import('../../../actions/command-check/src/definition.js')).commandCheck,
  'docs-check': async () => (await import('../../../actions/docs-check/src/definition.js')).docsCheck,
  'config-check': async () => (await import('../../../actions/config-check/src/definition.js')).configCheck,
  'pin-check': async () => (await import('../../../actions/pin-check/src/definition.js')).pinCheck,
  'perf-sla': async () => (await import('../../../actions/perf-sla/src/definition.js')).perfSla,
  'redact-logs': async () => (await import('../../../actions/redact-logs/src/definition.js')).redactLogs,
  'env-guard': async () => (await import('../../../actions/env-guard/src/definition.js')).envGuard,
  'drift-check': async () => (await import('../../../actions/drift-check/src/definition.js')).driftCheck,
  'rbac-guard': async () => (await import('../../../actions/rbac-guard/src/definition.js')).rbacGuard,
  'security-gate': async () => (await import('../../../actions/security-gate/src/definition.js')).securityGate,
  'hydration-check': async () => (await import('../../../actions/hydration-check/src/definition.js')).hydrationCheck,
  'fs-lock-test': async () => (await import('../../../actions/fs-lock-test/src/definition.js')).fsLockTest,
};

export const ACTION_NAMES: readonly string[] = Object.keys(ACTIONS).sort();
export { INPUT_ROUTES } from './input-routes.generated.js';
