import { DEFAULT_SECRET_ENV_PATTERNS, formatError, registerKnownSecrets, SUITE_VERSION, toGatesError, type ExitCodeValue } from '@gates/core';
import { createIo, type CliIo } from './cli-io.js';
import { auditCommand } from './commands/audit.js';
import { checkpointCommand } from './commands/checkpoint.js';
import { configCommand } from './commands/config.js';
import { demoCommand } from './commands/demo.js';
import { docsCheckCommand } from './commands/docs-check.js';
import { actionHelpText, helpText } from './commands/help.js';
import { lockCommand } from './commands/lock.js';
import { metricsCommand } from './commands/metrics.js';
import { rbacCommand } from './commands/rbac.js';
import { fsLockTestCommand } from './commands/fs-lock-test.js';
import { redactCommand } from './commands/redact.js';
import { routesCommand } from './commands/routes.js';
import { runCommand } from './commands/run.js';
import { validateCommand } from './commands/validate.js';
import { waiversCommand } from './commands/waivers.js';
import { parseArgv, type ParsedCommand } from './parse-argv.js';
import { colourWanted } from './terminal/style.js';

const HANDLERS: Record<string, (parsed: ParsedCommand, io: CliIo) => Promise<ExitCodeValue>> = {
  run: runCommand,
  redact: redactCommand,
  checkpoint: checkpointCommand,
  'fs-lock-test': fsLockTestCommand,
  validate: validateCommand,
  config: configCommand,
  demo: demoCommand,
  'docs-check': docsCheckCommand,
  audit: auditCommand,
  lock: lockCommand,
  metrics: metricsCommand,
  rbac: rbacCommand,
  routes: routesCommand,
  waivers: waiversCommand,
};

/** The whole CLI: argv in, exit code out. Never prompts; never prints a stack trace unless --debug. */
export async function cli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, io?: CliIo): Promise<ExitCodeValue> {
  const flags = {
    json: argv.includes('--json'),
    color: colourWanted(argv, env, process.stdout.isTTY),
    debug: argv.includes('--debug'),
  };
  const cliIo = io ?? createIo(flags);
  // Every command, before anything it does can fail and print a value.
  registerKnownSecrets(cliIo.redactor, env, [], DEFAULT_SECRET_ENV_PATTERNS);
  try {
    const parsed = parseArgv(argv);
    if (parsed.command === 'version') {
      cliIo.out(`gates ${SUITE_VERSION}\n`);
      return 0;
    }
    if (parsed.command === 'run' && parsed.values.help && parsed.positionals[0]) {
      cliIo.out(await actionHelpText(parsed.positionals[0]));
      return 0;
    }
    if (parsed.command === 'help' || parsed.values.help) {
      cliIo.out(helpText(parsed.command === 'help' ? parsed.positionals[0] : parsed.command));
      return 0;
    }
    return await HANDLERS[parsed.command]!(parsed, cliIo);
  } catch (thrown) {
    const error = toGatesError(thrown);
    if (cliIo.flags.json) cliIo.out(`${JSON.stringify({ error: error.toJSON() }, null, 2)}\n`);
    else cliIo.err(`${formatError(error.toJSON())}\n`);
    if (cliIo.flags.debug && error.cause instanceof Error) cliIo.err(`${error.cause.stack}\n`);
    return error.exitCode;
  }
}
