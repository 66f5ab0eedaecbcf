import type { FailOn } from '../findings/model.js';
import { DEFAULT_SECRET_ENV_PATTERNS } from '../redact/secret-sources.js';
import type { InputReader } from '../inputs/input-reader.js';
import { loadConfigInput, loadNamedConfig } from './config-input.js';
import type { LoadedConfig } from './load-file.js';
import { mergeLayers, type ConfigLayer, type EffectiveConfig } from './layers.js';
import { CONFIG_KINDS } from './schemas.js';

export const BUILT_IN_DEFAULTS = {
  version: 1,
  'fail-on': 'error' as FailOn,
  annotations: { enabled: true, 'max-per-severity': 10 },
  reports: { sarif: true, json: true },
  redact: { 'env-patterns': [...DEFAULT_SECRET_ENV_PATTERNS] },
  quiesce: { policy: 'wait', 'timeout-seconds': 600 },
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
  if (shared) layers.push(fileLayer('shared', await loadNamedConfig('shared-config', shared, workspace, CONFIG_KINDS.gates)));
  const repo = await loadConfigInput(inputs, workspace, { input: 'config', kind: CONFIG_KINDS.gates });
  if (repo) layers.push(fileLayer('repo', repo));
  const fromInputs: Record<string, unknown> = {};
  const failOn = inputs.string('fail-on');
  if (failOn) fromInputs['fail-on'] = inputs.enumeration('fail-on', FAIL_ON_VALUES, 'error');
  layers.push({ source: 'inputs', values: fromInputs });
  return mergeLayers(layers);
}

function fileLayer(label: string, loaded: LoadedConfig): ConfigLayer {
  return { source: `${label}: ${loaded.file}`, values: loaded.value as Record<string, unknown> };
}
