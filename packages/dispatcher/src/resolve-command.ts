import { didYouMean, GatesError, type ActionDefinition } from '@gates/core';
import { ACTION_NAMES, ACTIONS } from './registry.js';

/** Looks a command up in the table; unknown or misspelt names are a usage error with a suggestion. */
export async function resolveCommand(command: string | undefined): Promise<ActionDefinition> {
  const name = (command ?? '').trim();
  const load = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
  if (load) return load();
  if (name === '') {
    throw new GatesError('GATES_E_INPUT_MISSING', { input: 'command' }, { hint: `Set \`command:\` to one of: ${ACTION_NAMES.join(', ')}.` });
  }
  const guess = didYouMean(name, ACTION_NAMES);
  throw new GatesError(
    'GATES_E_UNKNOWN_COMMAND',
    { command: name, known: ACTION_NAMES.join(', ') },
    guess ? { hint: `Did you mean "${guess}"? Known commands: ${ACTION_NAMES.join(', ')}.` } : {},
  );
}
