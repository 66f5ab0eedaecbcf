import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { PIN_RULES } from '../../actions/pin-check/src/rules/index.js';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';

// What ci.yml's self-check job runs: `uses: ./pin-check` on this repository, offline here.
describe('gates checks itself', () => {
  test('pin-check passes on this repository: .github/gates.yml keeps the demo repository\'s deliberate problems out', async () => {
    const result = await runBundle('pin-check', { workspace: REPO_ROOT, inputs: { token: '' } });
    const report = JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8')) as { findings: { file?: string }[] };
    expect(report.findings).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  test('every pin-check rule skips examples/ (a new rule must not fail CI on the demo)', () => {
    const config = load(readFileSync(join(REPO_ROOT, '.github', 'gates.yml'), 'utf8')) as { 'pin-check': { paths: Record<string, { exclude?: string[] }> } };
    for (const rule of PIN_RULES) expect([rule.meta.id, config['pin-check'].paths[rule.meta.id]?.exclude]).toEqual([rule.meta.id, ['examples/**']]);
  });
});
