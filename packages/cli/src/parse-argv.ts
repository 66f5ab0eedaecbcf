import { parseArgs } from 'node:util';
import { didYouMean, GatesError } from '@gates/core';
import { COMMANDS, GLOBAL_OPTIONS, type OptionSpec } from './command-table.js';

export interface ParsedCommand {
  command: string;
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

/** Global switches that may come before the command (`gates --json run …`); --help and --version stand alone. */
const LEADING_GLOBALS = new Set(['--json', '--no-color', '--debug']);

/** Parses argv against the command table; unknown commands and flags are usage errors with did-you-mean. */
export function parseArgv(argv: readonly string[]): ParsedCommand {
  let start = 0;
  while (start < argv.length && LEADING_GLOBALS.has(argv[start]!)) start++;
  const first = argv[start];
  // The global switches move just after the command (before any `--`), where the command's own parser reads them.
  const args = [...argv.slice(0, start), ...argv.slice(start + 1)];
  if (first === undefined || first === '--help' || first === '-h') return { command: 'help', positionals: [], values: {} };
  if (first === '--version' || first === '-V') return { command: 'version', positionals: [], values: {} };
  if (!Object.hasOwn(COMMANDS, first)) {
    const guess = didYouMean(first.replace(/^-+/, ''), Object.keys(COMMANDS));
    throw new GatesError(
      'GATES_E_UNKNOWN_COMMAND',
      { command: first, known: Object.keys(COMMANDS).join(', ') },
      guess ? { hint: `Did you mean "gates ${guess}"? Run \`gates --help\` for all commands.` } : {},
    );
  }
  const spec = COMMANDS[first]!;
  const options: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS, ...spec.options };
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: Object.fromEntries(Object.entries(options).map(([name, option]) => [name, { type: option.type, multiple: option.multiple ?? false }])),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw error;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new GatesError('GATES_E_USAGE', { detail: (error as Error).message }, { hint: `Run \`gates ${first} --help\`.` });
    }
    const flag = /'(-[^']*)'/.exec((error as Error).message)?.[1] ?? '?';
    const guess = didYouMean(flag.replace(/^-+/, '').split('=')[0]!, Object.keys(options));
    throw new GatesError('GATES_E_UNKNOWN_FLAG', { flag, command: first }, guess ? { hint: `Did you mean "--${guess}"? Run \`gates ${first} --help\`.` } : {});
  }
  const values = parsed.values as ParsedCommand['values'];
  if (!values.help && (parsed.positionals.length < spec.positionals.min || parsed.positionals.length > spec.positionals.max)) {
    throw new GatesError('GATES_E_USAGE', { detail: `wrong number of arguments for \`gates ${first}\`; usage: ${spec.usage}` }, { hint: `Run \`gates ${first} --help\`.` });
  }
  return { command: first, positionals: parsed.positionals, values };
}
