import { resolve } from 'node:path';
import { didYouMean, GatesError, inputEnvName, runAction, type ActionDefinition, type ExitCodeValue } from '@gates/core';
import { resolveCommand } from '@gates/dispatcher/resolve-command';
import { readActionInputs } from '../action-inputs.js';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';
import { findingLines, verdictLine, type ActionResult } from '../terminal/action-result.js';
import { markdownToText } from '../terminal/markdown-to-text.js';

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

/** Each --input must name an input of the action's action.yml, as a workflow's `with:` must (the runner warns; a CLI can refuse). */
async function checkInputNames(definition: ActionDefinition, inputs: readonly string[]): Promise<void> {
  const declared = await readActionInputs(definition.name);
  if (!declared) return;
  const names = declared.inputs.map((input) => input.name);
  for (const pair of inputs) {
    const name = pair.slice(0, Math.max(0, pair.indexOf('=')));
    if (!name || names.includes(name)) continue;
    const guess = didYouMean(name, names);
    throw new GatesError(
      'GATES_E_USAGE',
      { detail: `${definition.name} has no input "${name}"` },
      { hint: `${guess ? `Did you mean "--input ${guess}=…"? ` : ''}Its inputs: ${names.join(', ')} (gates run ${definition.name} --help).` },
    );
  }
}

export async function runCommand(parsed: ParsedCommand, io: CliIo, base: NodeJS.ProcessEnv = process.env): Promise<ExitCodeValue> {
  const definition = await resolveCommand(parsed.positionals[0]);
  // The CLI's process runs the action as its bundle would (see ActionDefinition.processSetup).
  definition.processSetup?.();
  const workspace = resolve(String(parsed.values.workspace ?? process.cwd()));
  const inputs = [...((parsed.values.input as string[] | undefined) ?? [])];
  if (parsed.values.fix && parsed.values['dry-run']) throw new GatesError('GATES_E_USAGE', { detail: '--fix and --dry-run cannot be combined' });
  if (parsed.values.fix) inputs.push('mode=fix');
  if (parsed.values['dry-run']) inputs.push('mode=dry-run');
  const env = actionEnvironment(base, workspace, inputs);
  await checkInputNames(definition, inputs);
  // On a terminal the token comes from the environment, as for gh and other CLIs.
  const token = base.GITHUB_TOKEN || base.GH_TOKEN;
  if (token && !env[inputEnvName('token')]) env[inputEnvName('token')] = token;
  const { runner, log } = io.capture();
  let report: Record<string, unknown> | undefined;
  const code = await runAction(definition, { env, runner, redactor: io.redactor, onReport: (r) => (report = r) });
  if (io.flags.json) {
    io.out(`${JSON.stringify(report ?? {}, null, 2)}\n`);
    return code;
  }
  const result: ActionResult = { action: definition.name, exitCode: code, report };
  // The verdict first, then what the run printed, then each finding once: as a list, or in the summary when asked for.
  io.out(`${verdictLine(result, io.style)}\n`);
  if (log()) io.out(`\n${log()}`);
  if (parsed.values.summary) io.out(`\n${markdownToText(runner.summary, io.style, terminalWidth())}\n`);
  else {
    const findings = findingLines(result, io.style);
    if (findings.length) io.out(`\n${findings.join('\n')}\n`);
  }
  return code;
}

export function terminalWidth(): number {
  return process.stdout.columns || 100;
}
