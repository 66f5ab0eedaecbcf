import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { containedPath, GatesError, parseDocument, readDocumentFile } from '@gates/core';
import { fillTemplate, type HydrationSpec, type Selector } from '../spec/hydration-spec.js';
import { checkDepth, isMap, mergeLayers, type Json, type JsonMap, type Layer } from './merge-layers.js';
import { fillPlaceholders, type UnresolvedPlaceholder } from './placeholders.js';

export interface Resolution {
  /** Layer files merged, in order. */
  layers: string[];
  /** Optional layers absent for this selector. */
  skipped: string[];
  /** Required layers absent for this selector (and the spec line declaring each): the document is not resolved without them. */
  missing: { file: string; line?: number }[];
  /** The resolved document; undefined when a required layer is missing. */
  document?: Json;
  unresolved: UnresolvedPlaceholder[];
}

/**
 * Reads what one selector's layers name (inside the workspace only, each at
 * most `maxBytes`) and resolves them. Parsed layers are kept in `cache` by
 * path: a base layer shared by every selector is read once.
 */
export async function resolveSelector(spec: HydrationSpec, selector: Selector, workspace: string, maxBytes: number, cache: Map<string, Layer>): Promise<Resolution> {
  const resolution: Resolution = { layers: [], skipped: [], missing: [], unresolved: [] };
  const layers: Layer[] = [];
  for (const { path: template, optional, line } of spec.layers) {
    const file = fillTemplate(template, selector);
    const absolute = containedPath(workspace, resolve(workspace, file));
    if (!existsSync(absolute)) {
      if (optional) resolution.skipped.push(file);
      else resolution.missing.push({ file, line });
      continue;
    }
    let layer = cache.get(file);
    if (!layer) {
      layer = { file, document: await readLayer(absolute, file, maxBytes) };
      cache.set(file, layer);
    }
    layers.push(layer);
    resolution.layers.push(file);
  }
  if (resolution.missing.length > 0) return resolution;
  const hydrated = fillPlaceholders(mergeLayers(layers), spec.env);
  return { ...resolution, document: hydrated.document, unresolved: hydrated.unresolved };
}

/** A layer is a map; an empty file (or one of only comments) is an empty layer, a placeholder for values to come. */
async function readLayer(absolute: string, file: string, maxBytes: number): Promise<JsonMap> {
  const source = readDocumentFile(absolute, file, maxBytes);
  if (source.bytes.toString('utf8').replace(/^\s*#.*$/gm, '').trim() === '') return {};
  const document = await parseDocument(source, { numbers: 'exact' });
  if (document === null) return {};
  if (!isMap(document)) throw new GatesError('GATES_E_DOCUMENT_INVALID', { source: source.label, reason: `a layer must be a map of keys, not ${Array.isArray(document) ? 'a list' : 'a single value'}` });
  checkDepth(document, source.label);
  return document;
}

/** The expected document of a selector, or undefined when its fixture file is absent. */
export async function readFixture(absolute: string, file: string, maxBytes: number): Promise<Json | undefined> {
  if (!existsSync(absolute)) return undefined;
  const document = await parseDocument(readDocumentFile(absolute, file, maxBytes), { numbers: 'exact' });
  checkDepth(document, `file ${file}`);
  return document;
}
