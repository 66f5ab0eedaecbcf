import { GitHubRunner, inputEnvName, installCrashHandlers, Redactor, reportError, runAction } from '@gates/core';
import { resolveCommand } from './resolve-command.js';
import { routedEnvironment } from './route-inputs.js';

/** The root action (`uses: org/gates@v1` with `command:`): route to the named action with its own inputs. */
const redactor = new Redactor();
const runner = new GitHubRunner(process.env, redactor);
installCrashHandlers({ env: process.env, runner, redactor }, 'gates');
const command = process.env[inputEnvName('command')];
try {
  const definition = await resolveCommand(command);
  // This process is the action's as much as its own bundle's would be (see ActionDefinition.processSetup).
  definition.processSetup?.();
  process.exitCode = await runAction(definition, { env: routedEnvironment(process.env, definition.name), runner, redactor });
} catch (thrown) {
  process.exitCode = reportError(thrown, { env: process.env, runner, redactor }, 'gates');
}
