import type { ProcessResult } from '../process/run-process.js';

/**
 * How the runs of one case differ, or undefined when each is the same as the
 * first: its outcome, exit code, then stdout and stderr, first differing line
 * quoted (short). Pure.
 */
export function firstDifference(runs: readonly ProcessResult[]): string | undefined {
  const [first, ...rest] = runs;
  for (const [index, run] of rest.entries()) {
    const label = `run ${index + 2} against run 1`;
    if (run.outcome !== first!.outcome) return `${label}: ${run.outcome}, not ${first!.outcome}`;
    if (run.exitCode !== first!.exitCode) return `${label}: exit ${run.exitCode}, not ${first!.exitCode}`;
    for (const stream of ['stdout', 'stderr'] as const) {
      const line = differingLine(first![stream], run[stream]);
      if (line) return `${label}: ${stream} line ${line.number} is ${quote(line.after)}, not ${quote(line.before)}`;
    }
  }
  return undefined;
}

function differingLine(before: string, after: string): { number: number; before: string; after: string } | undefined {
  if (before === after) return undefined;
  const a = before.split('\n');
  const b = after.split('\n');
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if (a[index] !== b[index]) return { number: index + 1, before: a[index] ?? '(end of output)', after: b[index] ?? '(end of output)' };
  }
  return undefined;
}

function quote(line: string): string {
  return JSON.stringify(line.length > 120 ? `${line.slice(0, 119)}…` : line);
}
