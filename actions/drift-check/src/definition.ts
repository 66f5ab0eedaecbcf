import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { containedPath, GatesError, markdownText, nothingToCheckRule, parseDocument, readDocumentFile, ruleDocsUrl, structuralDiff, type ActionDefinition, type DocumentSource, type ExactJson, type InputReader, type RuleMeta } from '@gates/core';
import { baselineText, checkBaselineName, readBaseline, writeBaseline } from './baseline/baseline-file.js';
import { runDocumentCommand } from './document/read-document.js';
import { diffLines, formatScore, renderDriftSummary } from './report/drift-summary.js';

export const DRIFT_RULES: RuleMeta[] = [
  { id: 'drift', description: 'The effective document drifted from its shadow baseline beyond the threshold', severity: 'error', docs: ruleDocsUrl('drift-check', 'drift') },
  nothingToCheckRule('drift-check'),
];

export const driftCheck: ActionDefinition = {
  name: 'drift-check',
  description: 'Compares an effective document (a file or a command\'s output) with its committed shadow baseline: structural diff, drift score, sync.',
  rules: DRIFT_RULES,
  async run({ inputs, env, workspace, runner, redactor }) {
    const mode = inputs.enumeration('mode', ['check', 'sync'] as const, 'check');
    const baselineInput = inputs.required('baseline');
    checkBaselineName(baselineInput);
    const baselinePath = containedPath(workspace, resolve(workspace, baselineInput));
    const ignore = ignorePointers(inputs);
    const threshold = thresholdOf(inputs);
    const maxBytes = inputs.size('max-document-size', 16 * 1024 * 1024);
    const source = await effectiveDocument(inputs, workspace, env, maxBytes);
    // Exact numbers: two ids that differ past 2^53 are drift, and a sync writes them as they were.
    const current = await parseDocument(source, { numbers: 'exact' });
    const before: ExactJson = mode === 'sync' && !existsSync(baselinePath) ? {} : await parseDocument({ label: `baseline ${baselineInput}`, bytes: readBaseline(baselinePath, baselineInput, maxBytes), file: baselineInput }, { numbers: 'exact' });
    const diff = structuralDiff(before, current, ignore);
    const changed = diff.counts.added + diff.counts.removed + diff.counts.changed;
    if (changed > 0) runner.block(diffLines(diff));
    if (mode === 'sync') writeBaseline(baselinePath, baselineText(current, ignore, source.label), workspace);
    const drifted = mode === 'check' && diff.score > threshold;
    return {
      findings: drifted
        ? [{ ruleId: 'drift', severity: 'error', file: baselineInput, message: `${source.label} drifted from the baseline: score ${formatScore(diff.score)} over the threshold ${formatScore(threshold)} (${diff.counts.added} added, ${diff.counts.removed} removed, ${diff.counts.changed} changed of ${diff.total} paths)`, fixHint: 'Fix the drift, or accept it with mode: sync and commit the baseline.' }]
        : [],
      nothingToCheck: diff.total === 0 ? `${source.label} and the baseline have nothing left to compare once ignored paths are set aside` : undefined,
      outputs: {
        'drift-score': formatScore(diff.score),
        added: String(diff.counts.added),
        removed: String(diff.counts.removed),
        changed: String(diff.counts.changed),
        'baseline-updated': String(mode === 'sync'),
      },
      summaryAppendix: renderDriftSummary(diff, { source: source.label, baseline: baselineInput, threshold, synced: mode === 'sync' }, markdownText(redactor)),
      ledgerEvent: { mode, baseline: baselineInput, score: Number(formatScore(diff.score)), changed, total: diff.total },
    };
  },
};

async function effectiveDocument(inputs: InputReader, workspace: string, env: NodeJS.ProcessEnv, maxBytes: number): Promise<DocumentSource> {
  const file = inputs.string('document');
  const command = inputs.string('document-command');
  if (file && command) throw new GatesError('GATES_E_USAGE', { detail: 'set document or document-command, not both' });
  if (command) return runDocumentCommand(command, workspace, commandEnvironment(env), maxBytes, inputs.duration('command-timeout', 60_000));
  if (!file) throw new GatesError('GATES_E_INPUT_MISSING', { input: 'document' }, { hint: 'Set `document:` (a JSON or YAML file) or `document-command:` (a command printing one).' });
  return readDocumentFile(resolve(workspace, file), file, maxBytes);
}

/** The command sees the step's environment without the action's own inputs (a token among them). */
function commandEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')));
}

function ignorePointers(inputs: InputReader): Set<string> {
  const pointers = inputs.list('ignore');
  for (const pointer of pointers) {
    if (pointer !== '' && !pointer.startsWith('/')) throw new GatesError('GATES_E_INPUT_INVALID', { input: 'ignore', value: pointer, expected: 'JSON Pointers, one per line, each starting with / (e.g. /info/version)' });
  }
  return new Set(pointers);
}

/** A fraction from 0 to 1, or a percentage (`5%`). */
function thresholdOf(inputs: InputReader): number {
  const raw = inputs.string('threshold') ?? '0';
  const percent = raw.endsWith('%');
  const value = Number(percent ? raw.slice(0, -1) : raw) / (percent ? 100 : 1);
  if (!/^\d+(\.\d+)?%?$/.test(raw) || !(value >= 0 && value <= 1)) throw new GatesError('GATES_E_INPUT_INVALID', { input: 'threshold', value: raw, expected: 'a fraction from 0 to 1 (0.05) or a percentage (5%)' });
  return value;
}
