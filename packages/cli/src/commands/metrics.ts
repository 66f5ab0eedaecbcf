import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { aggregateMetrics, GatesError, readTextFile, renderPrometheus, table, type ActionAggregate, type ExitCodeValue, type MetricRecord } from '@gates/core';
import { parseMetricsText } from '@gates/core/read-metrics';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

/** A metrics file is read whole; one line per action run keeps real ones far below this. */
const MAX_METRICS_BYTES = 64 * 1024 * 1024;
const FORMATS = ['table', 'prometheus'];

/** `gates metrics <file>...`: many runs' metrics files as one aggregate, for people (table) or scrapers (Prometheus). */
export async function metricsCommand(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const format = (parsed.values.format as string | undefined) ?? 'table';
  if (!FORMATS.includes(format)) throw new GatesError('GATES_E_USAGE', { detail: `unknown --format "${format}"` }, { hint: `Use one of: ${FORMATS.join(', ')}.` });
  const records: MetricRecord[] = [];
  for (const file of parsed.positionals) {
    if (!existsSync(resolve(file))) throw new GatesError('GATES_E_FILE_NOT_FOUND', { file });
    for (const record of parseMetricsText(readTextFile(resolve(file), { maxBytes: MAX_METRICS_BYTES }), file)) records.push(record);
  }
  // Nothing to aggregate is not an all-clear: say so and fail as a usage error would.
  if (records.length === 0) throw new GatesError('GATES_E_USAGE', { detail: `no metrics lines in ${parsed.positionals.join(', ')}` }, { hint: 'The actions append a line per run to <state root>/metrics/metrics.jsonl; pass that file.' });
  const aggregates = aggregateMetrics(records);
  if (io.flags.json) io.out(`${JSON.stringify({ runs: records.length, actions: aggregates }, null, 2)}\n`);
  else if (format === 'prometheus') io.out(renderPrometheus(aggregates));
  else io.out(`${renderTable(aggregates)}\n`);
  return 0;
}

function renderTable(aggregates: readonly ActionAggregate[]): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)}s`;
  return table(
    ['action', 'runs', 'pass', 'fail', 'empty', 'error', 'pass rate', 'p50', 'p90', 'p99'],
    aggregates.map((entry) => [
      entry.action,
      String(entry.runs),
      String(entry.verdicts.pass),
      String(entry.verdicts.fail),
      String(entry.verdicts.empty),
      String(entry.verdicts.error),
      `${(entry.passRate * 100).toFixed(1)}%`,
      seconds(entry.durationMs.p50),
      seconds(entry.durationMs.p90),
      seconds(entry.durationMs.p99),
    ]),
  );
}
