import { randomBytes } from 'node:crypto';
import { accessSync, constants, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { filesystemOf, GatesError, markdownText, ruleDocsUrl, statePath, writeReportFile, type ActionDefinition, type Finding } from '@gates/core';
import { runPrimitive, type ExperimentSettings } from './experiment/run-primitive.js';
import { PRIMITIVES, type Primitive } from './experiment/worker-run.js';
import { contentionMetrics, observedFailures, rowOf } from './report/lock-metrics.js';
import { renderLockSummary } from './report/lock-summary.js';
import { judge, recommend, type Judgement } from './rules/verdict.js';

const RULES = [
  { id: 'unsafe-primitive', description: 'A locking primitive lost an update, let two holders in, tore a record or failed to recover from a killed holder on this filesystem', severity: 'warning' as const, docs: ruleDocsUrl('fs-lock-test', 'unsafe-primitive') },
  { id: 'inconclusive-primitive', description: 'The experiment\'s own file operations failed on this filesystem (EIO, stale handles) before anything unsafe was observed: no verdict either way', severity: 'warning' as const, docs: ruleDocsUrl('fs-lock-test', 'inconclusive-primitive') },
  { id: 'no-safe-primitive', description: 'No primitive tested was safe on this filesystem: state written here can be corrupted by concurrent jobs', severity: 'error' as const, docs: ruleDocsUrl('fs-lock-test', 'no-safe-primitive') },
];

export const fsLockTest: ActionDefinition = {
  name: 'fs-lock-test',
  description: 'Runs a contention experiment on a directory and says, with evidence, which file-locking primitive is safe there.',
  rules: RULES,
  async run({ inputs, runner, redactor, workspace, stateRoot }) {
    const clients = inputs.list('path').map((path) => resolve(workspace, path));
    if (clients.length === 0) clients.push(stateRoot);
    for (const client of clients) checkDirectory(client);
    const primitives = selectedPrimitives(inputs.list('primitives', [...PRIMITIVES]).flatMap((line) => line.split(',')).map((name) => name.trim()).filter(Boolean));
    const staleAfter = inputs.duration('stale-after', 5_000);
    const settings: ExperimentSettings = {
      clients,
      workers: inputs.integer('workers', 8, { min: 1, max: 64 }),
      iterations: inputs.integer('iterations', 2000, { min: 1, max: 1_000_000 }),
      hold: inputs.duration('hold', 0, { minMs: 0, maxMs: 10_000 }),
      timeout: inputs.duration('timeout', 60_000),
      staleAfter,
    };
    const mount = filesystemOf(clients[0]!);
    const fsType = mount?.type ?? 'unknown';
    // A fresh directory per run: two runs on one share never share counters.
    const run = `.gates-fs-lock-test-${process.pid}-${randomBytes(4).toString('hex')}`;
    const judged = new Map<Primitive, Judgement>();
    const rows = [];
    for (const primitive of primitives) {
      runner.info(`fs-lock-test: ${primitive} on ${fsType}: ${settings.workers} worker(s) x ${settings.iterations}`);
      const measures = await runPrimitive(primitive, run, settings);
      const judgement = judge(measures, staleAfter);
      judged.set(primitive, judgement);
      rows.push(rowOf(measures, judgement));
    }
    const recommended = recommend(judged);
    const findings: Finding[] = rows
      .filter((row) => row.verdict === 'UNSAFE' || row.verdict === 'INCONCLUSIVE')
      .map((row) => ({ ruleId: row.verdict === 'UNSAFE' ? 'unsafe-primitive' : 'inconclusive-primitive', severity: 'warning', message: `${row.primitive} is ${row.verdict} on ${fsType}: ${row.reasons.join('; ')}` }));
    const requireSafe = inputs.boolean('require-safe', false);
    if (!recommended) {
      findings.push({ ruleId: 'no-safe-primitive', severity: requireSafe ? 'error' : 'warning', message: `no primitive of ${primitives.join(', ')} was safe on ${fsType} (${clients.join(', ')})`, fixHint: 'Keep gates state (MEMORY_STORAGE_ROOT) on a local disk, or on a share where one of the primitives proved safe.' });
    }
    const directory = statePath(stateRoot, 'reports', 'fs-lock-test');
    const metrics = contentionMetrics(fsType, rows);
    const metricsFile = await writeReportFile(directory, 'lock-contention.json', metrics, redactor);
    const reportFile = await writeReportFile(directory, 'lock-experiment.json', { fsType, mountPoint: mount?.mountPoint, clients, settings: { ...settings, clients: undefined }, recommended: recommended ?? null, primitives: rows }, redactor);
    const facts = { fsType, mountPoint: mount?.mountPoint ?? clients[0]!, clients: clients.length, workers: settings.workers, iterations: settings.iterations, recommended };
    return {
      findings,
      failOn: 'error',
      outputs: { 'fs-type': fsType, 'recommended-primitive': recommended ?? '', safe: String(Boolean(recommended)), 'report-file': reportFile, 'metrics-file': metricsFile },
      summaryAppendix: renderLockSummary(facts, rows, markdownText(redactor)),
      ledgerEvent: { fsType, recommended: recommended ?? 'none', incidents: metrics.total },
      // The pipeline's metrics line: what the experiment saw fail ("lock contention incidents").
      metrics: { 'lock-incidents': observedFailures(rows) },
    };
  },
};

function selectedPrimitives(names: readonly string[]): Primitive[] {
  const unknown = names.filter((name) => !(PRIMITIVES as readonly string[]).includes(name));
  if (unknown.length) throw new GatesError('GATES_E_INPUT_INVALID', { input: 'primitives', value: unknown.join(', '), expected: `any of ${PRIMITIVES.join(', ')}` });
  return [...new Set(names)] as Primitive[];
}

/** A missing, non-directory or read-only path is a clear usage error before any worker starts. */
function checkDirectory(path: string): void {
  if (!isAbsolute(path)) throw new Error(`internal: ${path} is not absolute`);
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new GatesError('GATES_E_INPUT_FILE_NOT_FOUND', { input: 'path', file: path });
  }
  if (!isDirectory) throw new GatesError('GATES_E_INPUT_INVALID', { input: 'path', value: path, expected: 'a directory' });
  try {
    accessSync(path, constants.W_OK);
  } catch {
    throw new GatesError('GATES_E_INPUT_INVALID', { input: 'path', value: path, expected: 'a writable directory (it is read-only or not ours: no lock can be taken there)' });
  }
}
