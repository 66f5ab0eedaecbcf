import { didYouMean, GatesError } from '@gates/core';
import { resolveCommand } from '@gates/dispatcher/resolve-command';
import { readActionInputs } from '../action-inputs.js';
import { COMMANDS, GLOBAL_OPTIONS, type OptionSpec } from '../command-table.js';

function optionLines(options: Record<string, OptionSpec>): string[] {
  return Object.entries(options).map(([name, option]) => `  --${name}${option.type === 'string' ? ' <value>' : ''}`.padEnd(30) + option.description);
}

/** `gates help [command]`: all commands, or one; an unknown command is a usage error (exit 2), as everywhere else. */
export function helpText(command?: string): string {
  if (command !== undefined && !Object.hasOwn(COMMANDS, command)) {
    const guess = didYouMean(command, Object.keys(COMMANDS));
    throw new GatesError(
      'GATES_E_UNKNOWN_COMMAND',
      { command, known: Object.keys(COMMANDS).join(', ') },
      guess ? { hint: `Did you mean "gates help ${guess}"? Run \`gates --help\` for all commands.` } : {},
    );
  }
  if (command) {
    const spec = COMMANDS[command]!;
    return [`usage: ${spec.usage}`, '', spec.summary, '', 'options:', ...optionLines({ ...spec.options, ...GLOBAL_OPTIONS }), ''].join('\n');
  }
  return [
    'gates: delivery-plan entrance/exit gates, run locally exactly as in GitHub Actions',
    '',
    'usage: gates [--json] [--no-color] [--debug] <command> [options]',
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(10)}${spec.summary}`),
    '',
    'global options (before or after the command):',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'exit codes: 0 pass, 1 gate failed, 2 usage/config error, 3 infrastructure error, 4 internal error',
    '',
  ].join('\n');
}

/** `gates run <action> --help`: the run options, then the action's inputs as its action.yml declares them. */
export async function actionHelpText(action: string): Promise<string> {
  const definition = await resolveCommand(action);
  const declared = await readActionInputs(definition.name);
  const lines = [`usage: gates run ${definition.name} [--input name=value]... [options]`, '', declared?.description || definition.description, ''];
  if (declared) {
    lines.push('inputs (--input name=value, as in a workflow\'s `with:`):');
    const width = declared.inputs.reduce((widest, input) => Math.max(widest, input.name.length), 0) + 2;
    for (const input of declared.inputs) {
      const dflt = input.default !== undefined && input.default !== '' ? ` (default: ${input.default}${input.name === 'token' ? '; here GITHUB_TOKEN or GH_TOKEN' : ''})` : input.required ? ' (required)' : '';
      lines.push(`  ${input.name.padEnd(width)}${input.description}${dflt}`);
    }
    lines.push('');
  } else {
    lines.push(`inputs: see ${definition.name}/README.md (its action.yml was not found next to this CLI)`, '');
  }
  lines.push('options:');
  for (const line of optionLines({ ...COMMANDS.run!.options, ...GLOBAL_OPTIONS })) lines.push(line);
  lines.push('');
  return lines.join('\n');
}
