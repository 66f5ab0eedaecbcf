import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { suiteRoot } from '@gates/core';

export interface ActionInput {
  name: string;
  description: string;
  default?: string;
  required: boolean;
}

export interface ActionInputs {
  description: string;
  inputs: ActionInput[];
}

/**
 * An action's inputs as its action.yml declares them (what a workflow's
 * `with:` may set), read from the gates installation; undefined when the
 * action.yml files were not shipped with the CLI.
 */
export async function readActionInputs(action: string): Promise<ActionInputs | undefined> {
  const root = suiteRoot();
  if (!root) return undefined;
  let text: string;
  try {
    text = await readFile(join(root, 'actions', action, 'action.yml'), 'utf8');
  } catch {
    return undefined;
  }
  // js-yaml is in the bundle already (pin-check); loaded only for --help and --input checks.
  const { load } = await import('js-yaml');
  const manifest = load(text) as { description?: string; inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }> };
  return {
    description: manifest.description ?? '',
    inputs: Object.entries(manifest.inputs ?? {}).map(([name, spec]) => ({
      name,
      description: spec.description ?? '',
      default: spec.default === undefined ? undefined : String(spec.default),
      required: spec.required === true,
    })),
  };
}
