import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_KINDS, loadConfigFile } from '@gates/core';
import { compileSpec, fillTemplate, selectorLabel } from './hydration-spec.js';

async function specOf(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'hydration-spec-'));
  writeFileSync(join(dir, 'gates-hydration.yml'), text);
  return compileSpec(await loadConfigFile(join(dir, 'gates-hydration.yml'), CONFIG_KINDS.hydration, '.github/gates-hydration.yml'));
}

const LAYERS = 'version: 1\nlayers:\n  - path: config/base.yml\n  - path: config/env/{env}.yml\n  - path: config/region/{region}.yml\n    optional: true\nfixture: fixtures/{env}-{region}.json\n';

describe('the hydration spec', () => {
  test('a matrix expands to every combination, the first dimension slowest', async () => {
    const spec = await specOf(`${LAYERS}matrix:\n  env: [dev, prod]\n  region: [eu, us]\n`);
    expect(spec.selectors.map(selectorLabel)).toEqual(['env=dev,region=eu', 'env=dev,region=us', 'env=prod,region=eu', 'env=prod,region=us']);
    expect(spec.layers).toEqual([{ path: 'config/base.yml', optional: false, line: 3 }, { path: 'config/env/{env}.yml', optional: false, line: 4 }, { path: 'config/region/{region}.yml', optional: true, line: 5 }]);
    expect(fillTemplate(spec.fixture, spec.selectors[3]!)).toBe('fixtures/prod-us.json');
  });

  test('selectors listed one by one are taken as written', async () => {
    const spec = await specOf(`${LAYERS}selectors:\n  - { env: prod, region: eu }\n  - { env: dev, region: us }\n`);
    expect(spec.selectors).toEqual([{ env: 'prod', region: 'eu' }, { env: 'dev', region: 'us' }]);
  });

  test.each([
    ['neither matrix nor selectors', LAYERS, 'set exactly one of matrix', 1],
    ['both', `${LAYERS}matrix: { env: [dev], region: [eu] }\nselectors: [{ env: dev, region: eu }]\n`, 'set exactly one of matrix', 1],
    ['a template naming an unknown dimension', `${LAYERS.replace('{region}.yml', '{zone}.yml')}matrix: { env: [dev], region: [eu] }\n`, '{zone} is not a selector dimension', 5],
    ['a fixture path shared by two selectors', `${LAYERS.replace('{env}-{region}', '{env}')}matrix: { env: [dev], region: [eu] }\n`, '{region} is missing', 7],
    ['selectors with different dimensions', `${LAYERS}selectors:\n  - { env: dev, region: eu }\n  - { env: dev }\n`, 'every selector names the same dimensions', 10],
    ['a selector listed twice', `${LAYERS}selectors:\n  - { env: dev, region: eu }\n  - { region: eu, env: dev }\n`, 'listed twice', 10],
    ['a matrix of more than 256 combinations', `${LAYERS}matrix:\n  env: [${Array.from({ length: 20 }, (_, index) => `e${index}`).join(', ')}]\n  region: [${Array.from({ length: 20 }, (_, index) => `r${index}`).join(', ')}]\n`, 'more than 256 combinations', 9],
  ])('%s: exit 2 at the line', async (_name, text, message, line) => {
    await expect(specOf(text)).rejects.toMatchObject({ code: 'GATES_E_CONFIG_INVALID', exitCode: 2, location: { file: '.github/gates-hydration.yml', line }, details: [expect.objectContaining({ message: expect.stringContaining(message) })] });
  });

  test.each([
    ['a selector value that climbs out of the repository', `${LAYERS}matrix:\n  env: ['..']\n  region: [eu]\n`],
    ['a selector value with a slash', `${LAYERS}matrix:\n  env: [a/b]\n  region: [eu]\n`],
    ['an env value that is not a string', `${LAYERS}matrix: { env: [dev], region: [eu] }\nenv:\n  PORT: 8080\n`],
    ['an unknown key', `${LAYERS}matrix: { env: [dev], region: [eu] }\nextends: other.yml\n`],
  ])('the schema refuses %s', async (_name, text) => {
    await expect(specOf(text)).rejects.toMatchObject({ code: 'GATES_E_CONFIG_INVALID', exitCode: 2 });
  });
});
