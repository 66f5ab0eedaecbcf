import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { containedDirectory, markdownText, nothingToCheckRule, ruleDocsUrl, type ActionDefinition, type Finding, type RuleMeta } from '@gates/core';
import { childEnvironment } from './process/child-environment.js';
import { runProcess, type ProcessResult } from './process/run-process.js';
import { renderCaseTable } from './report/case-table.js';
import { judgeCase, type CaseRow } from './rules/judge-case.js';
import { loadTable, MAX_CASE_TIMEOUT_MS } from './table/load-table.js';
import type { PlannedCase } from './table/model.js';

const rule = (id: string, description: string): RuleMeta => ({ id, description, severity: 'error', docs: ruleDocsUrl('command-check', id) });

export const COMMAND_CHECK_RULES: RuleMeta[] = [
  rule('command-missing', 'The command of each case exists and starts: its program is on PATH or at its path, executable, and its working directory exists'),
  rule('unexpected-exit', 'Each case exits with the code the table expects (0 unless it says otherwise; a negative case names its error exit)'),
  rule('output-shape', "Each case's stdout and stderr have the shape the table expects: JSON matching a schema, strings it must or must not contain, a regex, empty or not"),
  rule('command-timeout', 'Each case finishes within its timeout (killed with its process group when it does not)'),
  rule('nondeterministic', "A case run more than once (repeat) gives the same exit code and output each time: the same input takes the same path"),
  nothingToCheckRule('command-check'),
];

export const commandCheck: ActionDefinition = {
  name: 'command-check',
  description: "Phase B's command-surface and routing checks: each command of the declared table run as a process, its exit code and output shape judged, twice to catch nondeterminism.",
  rules: COMMAND_CHECK_RULES,
  annotationPriority: ['command-missing', 'unexpected-exit', 'output-shape', 'command-timeout', 'nondeterministic'],
  async run({ inputs, runner, redactor, env, workspace }) {
    const timeoutMs = inputs.duration('case-timeout', 30_000, { minMs: 100, maxMs: MAX_CASE_TIMEOUT_MS });
    const repeat = inputs.integer('repeat', 2, { min: 1, max: 10 });
    const table = await loadTable(inputs, workspace, timeoutMs, repeat);
    const cases = table?.cases ?? [];
    // Loaded only when a case expects JSON: ajv is the heaviest module the action has.
    const json = cases.some((entry) => entry.expect.stdout?.json !== undefined || entry.expect.stderr?.json !== undefined) ? (await import('./rules/json-shape.js')).jsonProblems : () => [];
    const findings: Finding[] = [];
    const rows: CaseRow[] = [];
    for (const planned of cases) {
      runner.info(`command-check: ${planned.name} (${planned.repeat} run(s))`);
      const judgement = judgeCase(planned, await runCase(planned, workspace, env), json);
      rows.push(judgement.row);
      for (const finding of judgement.findings) findings.push(finding);
    }
    const failed = rows.filter((row) => row.verdict === 'fail').length;
    return {
      findings,
      nothingToCheck: cases.length === 0 ? (table ? `${table.file} declares no command` : `no command table at ${inputs.string('command-table') ?? '.github/gates-commands.yml'}`) : undefined,
      outputs: { cases: String(rows.length), passed: String(rows.length - failed), failed: String(failed), ...(table ? { table: table.file } : {}) },
      notes: table ? [`Ran ${rows.length} case(s) of ${table.file}: ${rows.length - failed} behaved as declared, ${failed} did not.`] : undefined,
      summaryAppendix: table && rows.length > 0 ? renderCaseTable(table.file, rows, markdownText(redactor)) : undefined,
      ledgerEvent: { cases: rows.length, failed },
    };
  },
};

/** The case's runs: all `repeat` of them, or only the first when it could not start or timed out (a second says nothing new). */
async function runCase(planned: PlannedCase, workspace: string, env: NodeJS.ProcessEnv): Promise<ProcessResult[]> {
  // A committed symbolic link that leads out of the workspace is refused (exit 2), as everywhere in gates.
  const cwd = containedDirectory(workspace, resolve(workspace, planned.cwd));
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    return [{ outcome: 'failed', exitCode: null, signal: null, stdout: '', stderr: '', truncated: false, durationMs: 0, detail: `its working directory ${planned.cwd} does not exist` }];
  }
  const request = { argv: planned.argv, cwd, env: childEnvironment(env, planned.env), ...(planned.stdin !== undefined ? { stdin: planned.stdin } : {}), timeoutMs: planned.timeoutMs };
  const runs: ProcessResult[] = [];
  for (let index = 0; index < planned.repeat; index++) {
    const result = await runProcess(request);
    runs.push(result);
    if (result.outcome !== 'exited') break;
  }
  return runs;
}
