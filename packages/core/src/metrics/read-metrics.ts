import metricsSchema from '../../../../schemas/gates-metrics.schema.json' with { type: 'json' };
import { validateAgainstSchema } from '../config/schema-validator.js';
import { GatesError, type ErrorDetail } from '../errors/gates-error.js';
import type { MetricRecord } from './metric-record.js';

/** At most this many bad lines are listed; the count says how many there were. */
const LISTED_PROBLEMS = 20;

/**
 * The records of one metrics file's text, every line checked against
 * schemas/gates-metrics.schema.json. Blank lines are skipped; any bad line
 * fails the whole file (GATES_E_METRICS_INVALID, each at file:line), since
 * rates computed over the lines that happened to parse would mislead.
 */
export function parseMetricsText(text: string, file: string): MetricRecord[] {
  const records: MetricRecord[] = [];
  const problems: ErrorDetail[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const location = { file, line: index + 1 };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push({ message: 'not a JSON object', location });
      return;
    }
    const invalid = validateAgainstSchema(value, metricsSchema, file);
    if (invalid.length) for (const problem of invalid) problems.push({ ...problem, location });
    else records.push(value as MetricRecord);
  });
  if (problems.length) throw new GatesError('GATES_E_METRICS_INVALID', { file, count: String(new Set(problems.map((problem) => problem.location?.line)).size) }, { details: problems.slice(0, LISTED_PROBLEMS) });
  return records;
}
