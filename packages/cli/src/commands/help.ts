import { COMMANDS, GLOBAL_OPTIONS, type OptionSpec } from '../command-table.js';

function optionLines(options: Record<string, OptionSpec>): string[] {
  return Object.entries(options).map(([name, option]) => `  --${name}${option.type === 'string' ? ' <value>' : ''}`.padEnd(30) + option.description);
}

export function helpText(command?: string): string {
  if (command && Object.hasOwn(COMMANDS, command)) {
    const spec = COMMANDS[command]!;
    return [`usage: ${spec.usage}`, '', spec.summary, '', 'options:', ...optionLines({ ...spec.options, ...GLOBAL_OPTIONS }), ''].join('\n');
  }
  return [
    'gates: delivery-plan entrance/exit gates, run locally exactly as in GitHub Actions',
    '',
    'usage: gates <command> [options]',
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(10)}${spec.summary}`),
    '',
    'global options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'exit codes: 0 pass, 1 gate failed, 2 usage/config error, 3 infrastructure error, 4 internal error',
    '',
  ].join('\n');
}
