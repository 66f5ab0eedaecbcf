import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFileCommands } from '../../packages/core/src/runner/file-command.js';

/** What a step wrote to its file commands, as the runner reads them after it ends. */
export interface FileCommandEffects {
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
}

const FILES = {
  GITHUB_OUTPUT: 'set_output_',
  GITHUB_ENV: 'set_env_',
  GITHUB_PATH: 'add_path_',
  GITHUB_STATE: 'save_state_',
  GITHUB_STEP_SUMMARY: 'step_summary_',
} as const;

/**
 * Fresh, empty file-command files for one step, where the runner puts them
 * (`$RUNNER_TEMP/_runner_file_commands/`), and the reader that applies them.
 */
export function createStepFiles(temp: string): { variables: Record<keyof typeof FILES, string>; read(): FileCommandEffects } {
  const directory = join(temp, '_runner_file_commands');
  mkdirSync(directory, { recursive: true });
  const id = randomUUID();
  const variables = {} as Record<keyof typeof FILES, string>;
  for (const [variable, prefix] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
    variables[variable] = join(directory, `${prefix}${id}`);
    writeFileSync(variables[variable], '');
  }
  const text = (variable: keyof typeof FILES) => readFileSync(variables[variable], 'utf8');
  return {
    variables,
    read: () => ({
      outputs: parseFileCommands(text('GITHUB_OUTPUT')),
      env: parseFileCommands(text('GITHUB_ENV')),
      path: text('GITHUB_PATH').split(/\r?\n/).map((line) => line.trim()).filter(Boolean),
      summary: text('GITHUB_STEP_SUMMARY'),
    }),
  };
}
