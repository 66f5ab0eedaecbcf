import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { FailOn } from '../findings/model.js';
import { DEFAULT_SECRET_ENV_PATTERNS } from '../redact/secret-sources.js';
import type { InputReader } from '../inputs/input-reader.js';
import { loadConfigFile } from './load-file.js';
import { mergeLayers, type ConfigLayer, type EffectiveConfig } from './layers.js';
import { CONFIG_KINDS } from './schemas.js';

export const BUILT_IN_DEFAULTS = {
  version: 1,
  'fail-on': 'error' as FailOn,
  annotations: { enabled: true, 'max-per-severity': 10 },
  reports: { sarif: true, json: true },
  redact: { 'env-patterns': [...DEFAULT_SECRET_ENV_PATTERNS] },
};

export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'note', 'never'];

/**
 * Builds the effective config: defaults < shared config (input `shared-config`)
 * < repository config (input `config`, default .github/gates.yml when present)
 * < action inputs. A file named explicitly must exist; the default may not.
 */
export async function loadEffectiveConfig(inputs: InputReader, workspace: string): Promise<EffectiveConfig> {
  const layers: ConfigLayer[] = [{ source: 'defaults', values: BUILT_IN_DEFAULTS }];
  const shared = inputs.string('shared-config');
  if (shared) layers.push(await fileLayer('shared', shared, workspace));
  const defaultPath = CONFIG_KINDS.gates.defaultPath!;
  // action.yml declares the default path too, so only another path counts as explicit.
  const repoPath = inputs.string('config') ?? defaultPath;
  if (repoPath !== defaultPath || existsSync(resolve(workspace, repoPath))) layers.push(await fileLayer('repo', repoPath, workspace));
  const fromInputs: Record<string, unknown> = {};
  const failOn = inputs.string('fail-on');
  if (failOn) fromInputs['fail-on'] = inputs.enumeration('fail-on', FAIL_ON_VALUES, 'error');
  layers.push({ source: 'inputs', values: fromInputs });
  return mergeLayers(layers);
}

async function fileLayer(label: string, path: string, workspace: string): Promise<ConfigLayer> {
  const absolute = resolve(workspace, path);
  const display = isAbsolute(path) ? path : relative(workspace, absolute) || path;
  const loaded = await loadConfigFile(absolute, CONFIG_KINDS.gates, display);
  return { source: `${label}: ${display}`, values: loaded.value as Record<string, unknown> };
}
