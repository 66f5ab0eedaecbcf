import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redactor } from '@gates/core';
import { runBundle, type BundleRun } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

const STRONG = 'Hx7q9vBn2Lk4Wp8Z';
const LOG = [
  'GET https://user:pass@host.internal/health 200',
  'connect postgres://postgres:postgres@db:5432/app',
  'connect mysql://root:mysql@db:3306/app and mongodb://admin:mongodb@db:27017',
  'docs: https://user:{{pass}}@host, https://user:YOUR_PASSWORD@host, https://u:REPLACE_WITH_PASSWORD@host, https://u:{password}@host',
  'tokens in a README: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx sk_live_AAAAAAAAAAAAAAAAAAAAAAAA',
  '> Authorization: Bearer XXXX',
  `deploy https://ci:${STRONG}@artifacts.internal/upload`,
  '',
].join('\n');

/**
 * What the runner would mask from now on because of values found in scanned files. The step's `token` input (the job's token, a declared secret used to publish
 * verdicts) is masked from the start with all its encodings; those masks are not what these tests count.
 */
const masksOf = (run: BundleRun) => {
  const tokenMasks = formsOf(run.token);
  return run.commands.filter((command) => command.command === 'add-mask').map((command) => command.data).filter((mask) => !tokenMasks.has(mask));
};

/** Every form of a declared secret the action registers with the runner, as the core's redactor derives them. */
function formsOf(secret: string): Set<string> {
  const redactor = new Redactor();
  redactor.addSecret(secret);
  const forms = new Set<string>();
  redactor.onSecret((form) => forms.add(form));
  return forms;
}

describe('values found by rules reach the runner masker only when they are worth masking (the verdict defect)', () => {
  let workspace: string;
  let run: BundleRun;

  beforeAll(async () => {
    workspace = makeWorkspace({ 'logs/app.log': LOG });
    run = await runBundle('redact-logs', { workspace, inputs: { paths: 'logs' } });
  });

  test('the verdict output stays "pass" and the summary heading reads "redact-logs: passed"', () => {
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toMatch(/^## .* redact-logs: passed$/m);
    for (const word of ['pass', 'postgres', 'mysql', 'mongodb', 'root', 'admin']) expect(masksOf(run)).not.toContain(word);
  });

  test('placeholders are neither scrubbed nor masked; weak real passwords are scrubbed but not masked; a strong one is both', () => {
    const scrubbed = readFileSync(join(workspace, 'logs/app.log'), 'utf8');
    expect(scrubbed).toContain('https://user:pass@host.internal');
    expect(scrubbed).toContain('https://user:{{pass}}@host, https://user:YOUR_PASSWORD@host, https://u:REPLACE_WITH_PASSWORD@host, https://u:{password}@host');
    expect(scrubbed).toContain('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx sk_live_AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(scrubbed).toContain('Authorization: Bearer XXXX');
    expect(scrubbed).toContain('postgres://postgres:***@db');
    expect(scrubbed).toContain('mysql://root:***@db');
    expect(scrubbed).not.toContain(STRONG);
    expect(masksOf(run)).toEqual([STRONG]);
  });

  test('the summary and the report say which finds were not masked and why, never the values', () => {
    expect(run.summary).toMatch(/3 find\(s\) were scrubbed from their files but not given to the runner's masker/);
    expect(run.summary).toMatch(/<code>url-credentials<\/code> \| <code>logs\/app.log<\/code> \| 1 \| a word \(or words\) that ordinary logs contain/);
    expect(run.summary).toMatch(/<code>url-credentials<\/code> \| <code>logs\/app.log<\/code> \| 2 \| shorter than 8 characters/);
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as { masks: { registered: number; notRegistered: { rule: string; file: string; reason: string; count: number }[] } };
    expect(report.masks).toEqual({
      registered: 1,
      notRegistered: [
        { rule: 'url-credentials', file: 'logs/app.log', reason: 'dictionary-word', count: 1 },
        { rule: 'url-credentials', file: 'logs/app.log', reason: 'too-short', count: 2 },
      ],
    });
    expect(JSON.stringify(report)).not.toMatch(/postgres|mongodb/);
  });

  test('the suite\'s own outputs never pass through masks learned from scanned files', () => {
    // A strong value that is also part of the suite's output (here: the name the run's repository has).
    const own = 'Qz7Rk2Vb9Xw4';
    return runBundle('redact-logs', { workspace: makeWorkspace({ 'a.log': `https://ci:${own}@host/x\n` }), inputs: { paths: 'a.log' }, env: { GITHUB_REPOSITORY: `octo-org/${own}` } }).then((second) => {
      expect(second.exitCode).toBe(0);
      expect(masksOf(second)).toEqual([]);
      expect(second.summary).toContain(`octo-org/${own}`);
      expect(second.summary).toMatch(/<code>url-credentials<\/code> \| <code>a.log<\/code> \| 1 \| part of the suite's own outputs or summary/);
    });
  });
});
