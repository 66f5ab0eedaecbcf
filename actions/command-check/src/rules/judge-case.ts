import type { Finding } from '@gates/core';
import type { ProcessResult } from '../process/run-process.js';
import type { PlannedCase } from '../table/model.js';
import { firstDifference } from './compare-runs.js';
import { shapeProblems, type JsonCheck } from './output-shape.js';

/** One row of the summary: the case, its verdict, and what differed from the table (empty when it passed). */
export interface CaseRow {
  name: string;
  verdict: 'pass' | 'fail';
  runs: number;
  differed: string[];
}

export interface CaseJudgement {
  row: CaseRow;
  findings: Finding[];
}

/**
 * A case's runs against its expectations. The first run decides exit code
 * and output shape; every later run must be the same as the first
 * (deterministic pathing). A command that could not start or timed out is
 * judged on that alone: its output says nothing. Pure.
 */
export function judgeCase(planned: PlannedCase, runs: readonly ProcessResult[], json: JsonCheck): CaseJudgement {
  const problems: { ruleId: string; text: string; fixHint: string }[] = [];
  const problem = (ruleId: string, text: string, fixHint: string) => problems.push({ ruleId, text, fixHint });
  const first = runs[0]!;
  const program = JSON.stringify(planned.argv[0]);
  if (first.outcome === 'missing' || first.outcome === 'not-executable' || first.outcome === 'failed') {
    const why = first.outcome === 'missing' ? `the program ${program} does not exist (not found on PATH or at that path from ${planned.cwd})` : first.outcome === 'not-executable' ? `the program ${program} is not executable` : `the program ${program} could not be started (${first.detail})`;
    problem('command-missing', why, 'Build or install the command before this step, or fix `run` in the table (the first word is the program; no shell runs it).');
  } else if (first.outcome === 'timeout') {
    problem('command-timeout', `did not finish within ${planned.timeoutMs} ms and was killed with its process group`, 'Make the command finish (does it wait for input or a server?), or raise the case\'s timeout.');
  } else {
    const expectedExit = planned.expect.exit ?? 0;
    if (first.exitCode !== expectedExit) {
      const got = first.exitCode === null ? `was killed by ${first.signal}` : `exited with ${first.exitCode}`;
      problem('unexpected-exit', `${got}, the table expects ${expectedExit}${excerpt(first)}`, 'Fix the command, or the table if the command is right (a negative case expects its non-zero exit).');
    }
    const shape = [
      ...(planned.expect.stdout ? shapeProblems(planned.expect.stdout, first.stdout, 'stdout', json) : []),
      ...(planned.expect.stderr ? shapeProblems(planned.expect.stderr, first.stderr, 'stderr', json) : []),
    ];
    if (shape.length > 0) problem('output-shape', `${shape.join('; ')}${first.truncated ? ' (output over 1 MiB: only its first 1 MiB was judged)' : ''}`, 'Fix what the command prints, or the expected shape in the table.');
    const difference = firstDifference(runs);
    if (difference) problem('nondeterministic', `runs differ: ${difference}`, 'Make the output depend only on the input (no times, random ids, unordered maps), or set `repeat: 1` for this case.');
  }
  const findings = problems.map(({ ruleId, text, fixHint }): Finding => ({ ruleId, severity: 'error', file: planned.file, ...(planned.line ? { line: planned.line } : {}), message: `${planned.name}: ${text}`, fixHint }));
  return { row: { name: planned.name, verdict: problems.length > 0 ? 'fail' : 'pass', runs: runs.length, differed: problems.map(({ text }) => text) }, findings };
}

/** A short quotation of stderr (else stdout): what the command said when it failed. Rendered escaped and redacted by the core. */
function excerpt(result: ProcessResult): string {
  const said = (result.stderr.trim() || result.stdout.trim()).slice(0, 200);
  return said ? `; it said ${JSON.stringify(said)}` : '';
}
