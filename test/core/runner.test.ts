import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFileCommand, GitHubRunner, parseFileCommands, Redactor } from '@gates/core';
import { parseWorkflowCommands } from '../harness/workflow-commands.js';
import { makeWorkspace } from '../harness/workspace.js';

describe('file commands', () => {
  test('multi-line values round-trip through the heredoc format', () => {
    const text = formatFileCommand('report', 'line 1\nline 2\n', 'ghadelimiter_x') + formatFileCommand('n', '3', 'ghadelimiter_y');
    expect(text).toBe('report<<ghadelimiter_x\nline 1\nline 2\n\nghadelimiter_x\nn<<ghadelimiter_y\n3\nghadelimiter_y\n');
    expect(parseFileCommands(text)).toEqual({ report: 'line 1\nline 2\n', n: '3' });
  });

  test('a value containing the delimiter is refused, so it cannot forge other outputs', () => {
    expect(() => formatFileCommand('a', 'x\nghadelimiter_z\nverdict<<EOF', 'ghadelimiter_z')).toThrow(/delimiter/);
  });
});

describe('GitHubRunner', () => {
  test('outputs, state, env and summary go to their files, redacted; masks are registered', () => {
    const dir = makeWorkspace({});
    const env: NodeJS.ProcessEnv = {};
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY']) {
      env[name] = join(dir, name);
      writeFileSync(env[name]!, '');
    }
    let stdout = '';
    const redactor = new Redactor();
    const runner = new GitHubRunner(env, redactor, (text) => (stdout += text));
    redactor.addSecret('s3cr3t-token-value');
    runner.setOutput('result', 'ok s3cr3t-token-value\nsecond line');
    runner.saveState('phase', 'post');
    runner.exportVariable('GATES_X', '1');
    runner.appendSummary('## hi s3cr3t-token-value');
    runner.info('using s3cr3t-token-value');
    runner.warning('50% done: a,b');
    expect(parseFileCommands(readFileSync(env.GITHUB_OUTPUT!, 'utf8'))).toEqual({ result: 'ok ***\nsecond line' });
    expect(parseFileCommands(readFileSync(env.GITHUB_STATE!, 'utf8'))).toEqual({ phase: 'post' });
    expect(parseFileCommands(readFileSync(env.GITHUB_ENV!, 'utf8'))).toEqual({ GATES_X: '1' });
    expect(readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')).toBe('## hi ***\n');
    const commands = parseWorkflowCommands(stdout);
    expect(commands.filter((c) => c.command === 'add-mask').map((c) => c.data)).toContain('s3cr3t-token-value');
    expect(commands.find((c) => c.command === 'warning')!.data).toBe('50% done: a,b');
    expect(stdout).toContain('using ***');
    expect(stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('s3cr3t-token-value');
  });
});
