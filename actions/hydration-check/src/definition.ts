import { resolve } from 'node:path';
import { canonicalJson, CONFIG_KINDS, containedPath, GatesError, loadConfigInput, markdownText, nothingToCheckRule, ruleDocsUrl, writeFileAtomically, type ActionDefinition, type Finding, type RuleMeta } from '@gates/core';
import type { Layer } from './resolve/merge-layers.js';
import { readFixture, resolveSelector } from './resolve/resolve-selector.js';
import { differenceLines, renderHydrationSummary } from './report/hydration-summary.js';
import { judgeSelector, type SelectorResult } from './report/selector-verdict.js';
import { compileSpec, fillTemplate, selectorLabel } from './spec/hydration-spec.js';
import { selectorFindings } from './report/selector-findings.js';

const rule = (id: string, description: string): RuleMeta => ({ id, description, severity: 'error', docs: ruleDocsUrl('hydration-check', id) });

export const HYDRATION_RULES: RuleMeta[] = [
  rule('fixture-mismatch', "A selector's resolved config equals its committed fixture, path by path"),
  rule('missing-layer', 'Every layer not marked optional exists for each selector'),
  rule('missing-fixture', 'Each selector has its fixture, the expected resolved document'),
  rule('empty-resolution', 'Each selector resolves to a document with at least one key'),
  rule('unresolved-placeholder', 'Every ${NAME} placeholder has a value in the spec\'s env block'),
  nothingToCheckRule('hydration-check'),
];

export const hydrationCheck: ActionDefinition = {
  name: 'hydration-check',
  description: 'Resolves layered config files per selector (e.g. env x region) and compares each resolved document with its committed fixture.',
  rules: HYDRATION_RULES,
  async run({ inputs, env, workspace, runner, redactor }) {
    const update = inputs.boolean('update', false);
    // A fixture rewritten in CI would make any change pass: generating them is for a developer's machine.
    if (update && env.GITHUB_ACTIONS === 'true') throw new GatesError('GATES_E_USAGE', { detail: 'update: true rewrites the fixtures and is refused in CI; run `gates run hydration-check --input update=true` locally and commit the fixtures' });
    const maxBytes = inputs.size('max-document-size', 1024 * 1024);
    const loaded = await loadConfigInput(inputs, workspace, { input: 'spec', kind: CONFIG_KINDS.hydration });
    if (!loaded) return { findings: [], nothingToCheck: `no hydration spec at ${CONFIG_KINDS.hydration.defaultPath} (input spec)`, outputs: { selectors: '0', mismatched: '0' } };
    const spec = compileSpec(loaded);
    if (update && !/\.json$/.test(spec.fixture)) throw new GatesError('GATES_E_INPUT_INVALID', { input: 'update', value: 'true', expected: `a fixture path ending in .json (update writes canonical JSON; ${spec.file} names ${spec.fixture})` });
    const cache = new Map<string, Layer>();
    const results: SelectorResult[] = [];
    const findings: Finding[] = [];
    for (const selector of spec.selectors) {
      const label = selectorLabel(selector);
      const fixture = fillTemplate(spec.fixture, selector);
      const fixturePath = containedPath(workspace, resolve(workspace, fixture));
      const resolution = await resolveSelector(spec, selector, workspace, maxBytes, cache);
      const expected = await readFixture(fixturePath, fixture, maxBytes);
      let result = judgeSelector(label, fixture, resolution, expected);
      if (update && (result.verdict === 'differs' || result.verdict === 'no fixture')) {
        writeFileAtomically(fixturePath, canonicalJson(resolution.document!), { root: workspace, mode: 0o644 });
        // Written: what was missing or differed is now the fixture, so nothing about it is a finding.
        result = { ...result, verdict: 'fixture written', fixtureMissing: false, changes: [], changedCount: 0 };
      }
      if (result.verdict === 'differs') runner.block(`${label} against ${fixture}:\n${differenceLines(result, expected)}`);
      results.push(result);
      for (const finding of selectorFindings(result, spec.file)) findings.push(finding);
    }
    const mismatched = results.filter((result) => result.verdict !== 'pass' && result.verdict !== 'fixture written').length;
    return {
      findings,
      outputs: { selectors: String(results.length), mismatched: String(mismatched) },
      notes: [`Resolved ${results.length} selector(s) from ${spec.layers.length} layer(s) of ${spec.file}${update ? `; wrote ${results.filter((result) => result.verdict === 'fixture written').length} fixture(s)` : ''}.`],
      summaryAppendix: renderHydrationSummary(results, spec.file, markdownText(redactor)),
      ledgerEvent: { spec: spec.file, selectors: results.length, mismatched, update },
    };
  },
};
