import { GitHubRunner, inputEnvName, installCrashHandlers, Redactor, reportError, runAction } from '@gates/core';
import { resolveCommand } from './resolve-command.js';

/** The routed action's inputs: its own `command` input arrives as `<action>-command` (see scripts/build.mjs). */
function actionEnvironment(env: NodeJS.ProcessEnv, action: string): NodeJS.ProcessEnv {
  const routed = { ...env };
  delete routed[inputEnvName('command')];
  const own = env[inputEnvName(`${action}-command`)];
  if (own !== undefined) routed[inputEnvName('command')] = own;
  return routed;
}

/** The root action (`uses: org/gates@v1` with `command:`): route to the named action. */
const redactor = new Redactor();
const runner = new GitHubRunner(process.env, redactor);
installCrashHandlers({ env: process.env, runner, redactor }, 'gates');
const command = process.env[inputEnvName('command')];
try {
  const definition = await resolveCommand(command);
  process.exitCode = await runAction(definition, { env: actionEnvironment(process.env, definition.name), runner, redactor });
} catch (thrown) {
  process.exitCode = reportError(thrown, { env: process.env, runner, redactor }, 'gates');
}
