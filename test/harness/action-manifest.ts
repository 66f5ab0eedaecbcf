import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What `uses:` names: an action folder (`pin-check`, i.e. `org/gates/pin-check@v1`), or ROOT_ACTION for the root dispatcher (`org/gates@v1`, bundle `dist/dispatch`). */
export const ROOT_ACTION = 'dispatch';

export interface ManifestInput {
  description?: string;
  required?: boolean;
  /** As written in action.yml: may hold `${{ }}` expressions, evaluated when a step runs. */
  default?: string;
}

export interface ActionManifest {
  file: string;
  inputs: Record<string, ManifestInput>;
  /** `runs.main`, resolved against the action's directory as the runner resolves it. */
  main: string;
  using: string;
}

/** The action.yml a step's `uses:` points at: `actions/<name>/action.yml`, or the generated root one for the dispatcher. */
export function manifestPath(action: string): string {
  return action === ROOT_ACTION ? join(REPO_ROOT, 'action.yml') : join(REPO_ROOT, 'actions', action, 'action.yml');
}

const cache = new Map<string, ActionManifest>();

export function readManifest(action: string): ActionManifest {
  const file = manifestPath(action);
  const known = cache.get(file);
  if (known) return known;
  const parsed = parse(readFileSync(file, 'utf8')) as { inputs?: Record<string, Record<string, unknown> | null>; runs?: { using?: string; main?: string } };
  if (!parsed.runs?.main || !/^node\d+$/.test(parsed.runs.using ?? '')) throw new Error(`${file}: not a JavaScript action (runs.using ${parsed.runs?.using})`);
  const inputs: Record<string, ManifestInput> = {};
  for (const [name, spec] of Object.entries(parsed.inputs ?? {})) {
    inputs[name] = {
      description: spec?.description === undefined ? undefined : String(spec.description),
      required: spec?.required === true,
      // The runner reads a YAML scalar default as its string form (`default: false` is "false").
      default: spec?.default === undefined || spec.default === null ? undefined : String(spec.default),
    };
  }
  const manifest = { file, inputs, main: resolve(dirname(file), parsed.runs.main), using: parsed.runs.using! };
  cache.set(file, manifest);
  return manifest;
}
