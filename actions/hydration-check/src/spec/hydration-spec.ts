import { GatesError, type LoadedConfig } from '@gates/core';

/** .github/gates-hydration.yml as the schema (schemas/gates-hydration.schema.json) admits it. */
export interface HydrationSpecFile {
  version: 1;
  layers: { path: string; optional?: boolean }[];
  matrix?: Record<string, string[]>;
  selectors?: Record<string, string>[];
  fixture: string;
  env?: Record<string, string>;
}

/** One combination of dimension values, e.g. { env: 'prod', region: 'eu' }. */
export type Selector = Readonly<Record<string, string>>;

export interface HydrationSpec {
  file: string;
  /** Each layer with the spec line that declares it, where findings about it point. */
  layers: { path: string; optional: boolean; line?: number }[];
  selectors: Selector[];
  fixture: string;
  env: Record<string, string>;
}

/** Selectors one run resolves at most: a matrix multiplies, and each selector reads every layer. */
export const MAX_SELECTORS = 256;

const TEMPLATE_NAME = /\{([^{}]*)\}/g;

/** The spec checked beyond its schema (exit 2 at the line): one way of listing selectors, templates naming known dimensions. */
export function compileSpec(loaded: LoadedConfig): HydrationSpec {
  const spec = loaded.value as HydrationSpecFile;
  const invalid = (pointer: string, problem: string): never => {
    const position = loaded.positions.value.get(pointer) ?? loaded.positions.value.get('');
    const location = { file: loaded.file, line: position?.line, column: position?.column };
    throw new GatesError('GATES_E_CONFIG_INVALID', { file: loaded.file, count: 1 }, { location, details: [{ message: `${pointer || '/'}: ${problem}`, location }] });
  };
  if ((spec.matrix === undefined) === (spec.selectors === undefined)) invalid('', 'set exactly one of matrix (every combination) and selectors (listed one by one)');
  const selectors = spec.matrix ? expandMatrix(spec.matrix, () => invalid('/matrix', `the matrix has more than ${MAX_SELECTORS} combinations`)) : spec.selectors!;
  const dimensions = new Set(Object.keys(selectors[0]!));
  selectors.forEach((selector, index) => {
    const names = Object.keys(selector);
    if (names.length !== dimensions.size || names.some((name) => !dimensions.has(name))) invalid(`/selectors/${index}`, `every selector names the same dimensions (${[...dimensions].join(', ')})`);
  });
  const keys = selectors.map((selector) => JSON.stringify(Object.entries(selector).sort()));
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index) invalid(`/selectors/${index}`, `selector ${selectorLabel(selectors[index]!)} is listed twice`);
  });
  const templates: [string, string][] = [...spec.layers.map((layer, index): [string, string] => [`/layers/${index}/path`, layer.path]), ['/fixture', spec.fixture]];
  for (const [pointer, template] of templates) {
    for (const [, name] of template.matchAll(TEMPLATE_NAME)) if (!dimensions.has(name!)) invalid(pointer, `{${name}} is not a selector dimension (${[...dimensions].join(', ')})`);
  }
  // Each selector needs its own fixture: a fixture path without every dimension would be shared by two selectors.
  for (const name of dimensions) if (!spec.fixture.includes(`{${name}}`)) invalid('/fixture', `the fixture path must name every dimension; {${name}} is missing`);
  return { file: loaded.file, layers: spec.layers.map((layer, index) => ({ path: layer.path, optional: layer.optional === true, line: loaded.positions.value.get(`/layers/${index}/path`)?.line })), selectors, fixture: spec.fixture, env: spec.env ?? {} };
}

/** Every combination, the first dimension varying slowest (as a GitHub Actions matrix lists its jobs). */
export function expandMatrix(matrix: Record<string, string[]>, tooMany: () => never): Selector[] {
  let selectors: Record<string, string>[] = [{}];
  for (const [name, values] of Object.entries(matrix)) {
    if (selectors.length * values.length > MAX_SELECTORS) tooMany();
    selectors = selectors.flatMap((selector) => values.map((value) => ({ ...selector, [name]: value })));
  }
  return selectors;
}

/** A template with each {dimension} replaced by the selector's value (values are path-safe by the schema). */
export function fillTemplate(template: string, selector: Selector): string {
  return template.replace(TEMPLATE_NAME, (_whole, name: string) => selector[name]!);
}

/** How messages and the summary name a selector: env=prod,region=eu. */
export function selectorLabel(selector: Selector): string {
  return Object.entries(selector).map(([name, value]) => `${name}=${value}`).join(',');
}
