import { Redactor } from '../redact/redactor.js';
import { GitHubRunner } from '../runner/github-runner.js';
import { installCrashHandlers } from './crash-handlers.js';
import type { ActionDefinition } from './definition.js';
import { runAction } from './run-action.js';
import { transportAbandoned } from '../state-transport/segment-store.js';

/** The whole body of an action bundle's entry point: run on the GitHub runner, set the exit code. */
export async function runMain(definition: ActionDefinition): Promise<void> {
  const redactor = new Redactor();
  const runner = new GitHubRunner(process.env, redactor);
  installCrashHandlers({ env: process.env, runner, redactor }, definition.name);
  definition.processSetup?.();
  process.exitCode = await runAction(definition, { env: process.env, runner, redactor });
  // A state transport given up at its deadline may leave a hung socket or the client's retry timers behind: the step ends now, not when they do.
  if (transportAbandoned()) process.exit(process.exitCode);
}
