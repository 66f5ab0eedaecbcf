import { SUITE_VERSION, type ExitCodeValue } from '@gates/core';
import { INPUT_ROUTES } from '@gates/dispatcher';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

/**
 * `gates routes`: the dispatcher's routing table (which root `with:` input
 * carries each action's input), generated from the actions' action.yml. With
 * --json it is the document drift-check watches for the suite itself.
 */
export async function routesCommand(_parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  if (io.flags.json) {
    io.out(`${JSON.stringify({ version: SUITE_VERSION, routes: INPUT_ROUTES }, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  for (const [action, inputs] of Object.entries(INPUT_ROUTES)) {
    lines.push(action);
    for (const [input, rootInput] of Object.entries(inputs)) lines.push(`  ${input}${rootInput === input ? '' : `  ← ${rootInput}`}`);
  }
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
