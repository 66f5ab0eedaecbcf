import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { GatesError } from '../errors/gates-error.js';
import type { InputReader } from '../inputs/input-reader.js';
import { loadConfigFile, type LoadedConfig } from './load-file.js';
import type { ConfigKind } from './schemas.js';

export interface ConfigInput {
  /** The action input that names the file, e.g. `sla`. */
  input: string;
  /** The file's kind; its `defaultPath` is the input's default in action.yml (test/core/config-input.test.ts checks they agree). */
  kind: ConfigKind;
  /** Set for a file the action cannot work without (rbac-guard's policy): who needs it, for the error. */
  requiredBy?: string;
}

/**
 * Loads the config file an input names. At its declared default (see InputReader.path) an absent file means
 * "not configured" and gives undefined, unless the action requires it; a path the user set must exist, and the
 * error names that input.
 */
export async function loadConfigInput(inputs: InputReader, workspace: string, spec: ConfigInput): Promise<LoadedConfig | undefined> {
  const { path, atDefault } = inputs.path(spec.input, spec.kind.defaultPath!);
  const absolute = resolve(workspace, path);
  const file = displayPath(path, absolute, workspace);
  if (!existsSync(absolute)) {
    if (!atDefault) throw new GatesError('GATES_E_INPUT_FILE_NOT_FOUND', { input: spec.input, file });
    if (spec.requiredBy) throw new GatesError('GATES_E_POLICY_REQUIRED', { action: spec.requiredBy, input: spec.input, file });
    return undefined;
  }
  return loadConfigFile(absolute, spec.kind, file);
}

/** A file named by an input with no default (`shared-config`): whatever is given must exist. */
export async function loadNamedConfig(input: string, path: string, workspace: string, kind: ConfigKind): Promise<LoadedConfig> {
  const absolute = resolve(workspace, path);
  const file = displayPath(path, absolute, workspace);
  if (!existsSync(absolute)) throw new GatesError('GATES_E_INPUT_FILE_NOT_FOUND', { input, file });
  return loadConfigFile(absolute, kind, file);
}

/** What messages show: the path relative to the workspace, or as given when it is absolute. */
function displayPath(path: string, absolute: string, workspace: string): string {
  return isAbsolute(path) ? path : relative(workspace, absolute) || path;
}
