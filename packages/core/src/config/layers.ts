/**
 * Config layering with provenance: built-in defaults < shared (org) config <
 * repository config < action inputs. Objects merge key by key; arrays and
 * scalars from a higher layer replace the lower one whole (a list of allowed
 * owners should not silently grow with the org's list).
 */
import { largest } from '../collections/largest.js';

export interface ConfigLayer {
  /** e.g. "defaults", "shared: org/.github/gates.yml", "repo: .github/gates.yml", "inputs". */
  source: string;
  values: Record<string, unknown>;
}

export interface EffectiveConfig {
  values: Record<string, unknown>;
  /** Dotted path of each leaf value → the layer it came from. */
  sources: Map<string, string>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mergeLayers(layers: readonly ConfigLayer[]): EffectiveConfig {
  const values: Record<string, unknown> = {};
  const sources = new Map<string, string>();
  for (const layer of layers) mergeInto(values, layer.values, layer.source, '', sources);
  return { values, sources };
}

function mergeInto(
  target: Record<string, unknown>,
  incoming: Record<string, unknown>,
  source: string,
  prefix: string,
  sources: Map<string, string>,
): void {
  for (const [key, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value)) {
      const existing = target[key];
      const child = isPlainObject(existing) ? existing : {};
      if (!isPlainObject(existing)) forgetBelow(sources, path);
      target[key] = child;
      mergeInto(child, value, source, path, sources);
      if (Object.keys(value).length === 0 && !sources.has(path)) sources.set(path, source);
    } else {
      forgetBelow(sources, path);
      target[key] = structuredClone(value);
      sources.set(path, source);
    }
  }
}

function forgetBelow(sources: Map<string, string>, path: string): void {
  for (const key of [...sources.keys()]) if (key === path || key.startsWith(`${path}.`)) sources.delete(key);
}

/** `gates config --explain`: each effective leaf value and where it came from. */
export function explainConfig(config: EffectiveConfig): string {
  const rows = [...config.sources.entries()].sort(([a], [b]) => a.localeCompare(b));
  const width = largest(rows.map(([path]) => path.length), 0);
  return rows
    .map(([path, source]) => `${path.padEnd(width)} = ${JSON.stringify(valueAt(config.values, path))}  # ${source}`)
    .join('\n');
}

export function valueAt(values: Record<string, unknown>, dottedPath: string): unknown {
  let current: unknown = values;
  for (const key of dottedPath.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = current[key];
  }
  return current;
}
