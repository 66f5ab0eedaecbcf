import { describe, expect, test } from '@jest/globals';
import type { ProcessResult } from '../process/run-process.js';
import type { PlannedCase } from '../table/model.js';
import { jsonProblems } from './json-shape.js';
import { judgeCase } from './judge-case.js';

// Table in, findings out: each rule from a planned case and the runs it got, no process started.
const planned = (expect: PlannedCase['expect'], name = 'route /health'): PlannedCase => ({ name, argv: ['node', 'cli.js'], cwd: '.', env: {}, timeoutMs: 1000, repeat: 2, expect, file: '.github/gates-commands.yml', line: 7 });
const exited = (stdout: string, exitCode = 0, stderr = ''): ProcessResult => ({ outcome: 'exited', exitCode, signal: null, stdout, stderr, truncated: false, durationMs: 5 });
const rules = (judged: ReturnType<typeof judgeCase>) => judged.findings.map((finding) => finding.ruleId);

describe('judgeCase', () => {
  test('a routing case that chose its route, twice alike, passes', () => {
    const route = { json: { type: 'object', properties: { handler: { const: 'health' } }, required: ['handler'] } };
    const judged = judgeCase(planned({ stdout: route, stderr: { empty: true } }), [exited('{"handler":"health"}\n'), exited('{"handler":"health"}\n')], jsonProblems);
    expect(judged).toEqual({ row: { name: 'route /health', verdict: 'pass', runs: 2, differed: [] }, findings: [] });
  });

  test('the wrong route is an output-shape finding at the case\'s line, naming where the JSON broke the schema', () => {
    const judged = judgeCase(planned({ stdout: { json: { type: 'object', properties: { handler: { const: 'health' } } } } }), [exited('{"handler":"users"}')], jsonProblems);
    expect(judged.findings).toEqual([expect.objectContaining({ ruleId: 'output-shape', line: 7, file: '.github/gates-commands.yml', message: expect.stringContaining('route /health: stdout JSON /handler must be equal to constant') })]);
    expect(judged.row.differed).toEqual([expect.stringMatching(/^stdout JSON \/handler/)]);
  });

  test('a negative case: the error exit and error shape it declares pass; exit 0 where an error was expected fails', () => {
    const negative = planned({ exit: 2, stderr: { contains: 'unknown command', regex: '^unknown' }, stdout: { empty: true } }, 'unknown command');
    expect(rules(judgeCase(negative, [exited('', 2, 'unknown command: x')], jsonProblems))).toEqual([]);
    const judged = judgeCase(negative, [exited('did it anyway', 0, '')], jsonProblems);
    expect(rules(judged)).toEqual(['unexpected-exit', 'output-shape']);
    expect(judged.findings[0]!.message).toBe('unknown command: exited with 0, the table expects 2; it said "did it anyway"');
    expect(judged.findings[1]!.message).toBe('unknown command: stdout is not empty (13 character(s)); stderr does not contain "unknown command"; stderr does not match /^unknown/');
  });

  test('a missing program, a timeout: judged on that alone (their output says nothing)', () => {
    const missing = judgeCase(planned({ stdout: { contains: 'x' } }), [{ ...exited(''), outcome: 'missing', exitCode: null }], jsonProblems);
    expect(missing.findings).toEqual([expect.objectContaining({ ruleId: 'command-missing', message: 'route /health: the program "node" does not exist (not found on PATH or at that path from .)' })]);
    const slow = judgeCase(planned({}), [{ ...exited(''), outcome: 'timeout', exitCode: null, signal: 'SIGKILL' }], jsonProblems);
    expect(rules(slow)).toEqual(['command-timeout']);
    expect(slow.row).toMatchObject({ verdict: 'fail', runs: 1 });
  });

  test('runs that differ are nondeterministic: the first differing line of each run is quoted', () => {
    const judged = judgeCase(planned({}), [exited('route: health\nat 10:00\n'), exited('route: health\nat 10:01\n')], jsonProblems);
    expect(judged.findings).toEqual([expect.objectContaining({ ruleId: 'nondeterministic', message: 'route /health: runs differ: run 2 against run 1: stdout line 2 is "at 10:01", not "at 10:00"' })]);
    expect(rules(judgeCase(planned({}), [exited('a', 0), exited('a', 1)], jsonProblems))).toEqual(['nondeterministic']);
  });

  test('output that is not JSON where JSON is expected says so; json: true accepts any JSON', () => {
    expect(judgeCase(planned({ stdout: { json: true } }), [exited('[1, 2]')], jsonProblems).findings).toEqual([]);
    expect(judgeCase(planned({ stdout: { json: true } }), [exited('<html>')], jsonProblems).findings[0]!.message).toMatch(/^route \/health: stdout is not JSON \(/);
  });
});
