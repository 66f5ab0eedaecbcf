import { resolve } from 'node:path';
import { GatesError, inputEnvName, runAction, type ExitCodeValue } from '@gates/core';
import { resolveCommand } from '@gates/dispatcher/resolve-command';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

/** The environment a runner would give the action: INPUT_* from --input, the workspace, no stray inputs. */
export function actionEnvironment(base: NodeJS.ProcessEnv, workspace: string, inputs: readonly string[]): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(base).filter(([key]) => !key.startsWith('INPUT_')));
  env.GITHUB_WORKSPACE = workspace;
  for (const pair of inputs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new GatesError('GATES_E_USAGE', { detail: `--input expects key=value, got "${pair}"` });
    env[inputEnvName(pair.slice(0, eq))] = pair.slice(eq + 1);
  }
  return env;
}

export async function runCommand(parsed: ParsedCommand, io: CliIo, base: NodeJS.ProcessEnv = process.env): Promise<ExitCodeValue> {
  const definition = await resolveCommand(parsed.positionals[0]);
  const workspace = resolve(String(parsed.values.workspace ?? process.cwd()));
  const inputs = [...((parsed.values.input as string[] | undefined) ?? [])];
  if (parsed.values.fix && parsed.values['dry-run']) throw new GatesError('GATES_E_USAGE', { detail: '--fix and --dry-run cannot be combined' });
  if (parsed.values.fix) inputs.push('mode=fix');
  if (parsed.values['dry-run']) inputs.push('mode=dry-run');
  const env = actionEnvironment(base, workspace, inputs);
  // On a terminal the token comes from the environment, as for gh and other CLIs.
  const token = base.GITHUB_TOKEN || base.GH_TOKEN;
  if (token && !env[inputEnvName('token')]) env[inputEnvName('token')] = token;
  const runner = io.runner();
  let report: Record<string, unknown> | undefined;
  const code = await runAction(definition, { env, runner, redactor: io.redactor, onReport: (r) => (report = r) });
  if (io.flags.json) {
    io.out(`${JSON.stringify(report ?? {}, null, 2)}\n`);
  } else {
    if (parsed.values.summary) io.out(`\n${runner.summary}\n`);
    io.out(`${definition.name}: ${['passed', 'gate failed', 'usage or config error', 'infrastructure error', 'internal error'][code]} (exit ${code})\n`);
  }
  return code;
}
