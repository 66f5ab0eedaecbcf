import { describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from './fixtures.js';
import { runWorkflow } from './run-workflow.js';

const API_KEY = 'sk-live-abcdef0123456789';

describe('workflow runner: steps, env and file commands (fixtures/basics.yml)', () => {
  test('env layers, defaults.run, GITHUB_OUTPUT/ENV/PATH/STEP_SUMMARY, masks, job outputs and needs', async () => {
    const run = await runWorkflow({ workflow: fixture('basics.yml'), secrets: { API_KEY } });
    expect(run.conclusion).toBe('success');
    const build = run.job('build');
    // Step env beats job env beats workflow env; defaults.run.working-directory applies.
    expect(build.log).toContain('level=step from=w pwd=sub');
    // GITHUB_ENV and GITHUB_PATH reach later steps, and the job env is back for them.
    expect(build.log).toContain('exported=yes level=job');
    expect(build.log).toContain('tool-ran');
    expect(build.steps.map((step) => step.name)).toContain('Named by expression');
    expect(build.log).toContain('greeting was hello from build');
    expect(build.summary).toBe('## Build summary\n');
    // Secrets and ::add-mask:: values never reach the log.
    expect(build.log).toContain('the secret is ***');
    expect(build.log).toContain('now masked: ***');
    expect(build.log).not.toContain(API_KEY);
    expect(build.log).not.toContain('dynamic-value-42');
    // A job output holding a secret is dropped with the runner's warning.
    expect(build.outputs).toEqual({ greeting: 'hello from build', exported: 'yes' });
    expect(build.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: "Skip output 'leaked' since it may contain secret." }));
    expect(build.permissions).toEqual({ contents: 'read' });

    const use = run.job('use');
    expect(use.log).toContain('got: hello from build');
    expect(use.log).toContain('exported: yes');
    expect(use.log).toContain("leaked: ''");
    // Each job starts with a fresh RUNNER_TEMP and workspace, as on a hosted runner.
    expect(use.log).toContain('fresh temp');
    expect(use.temp).not.toBe(build.temp);
    expect(use.workspace).not.toBe(build.workspace);
    expect(existsSync(join(build.temp, 'bin', 'fixture-tool'))).toBe(true);
    expect(use.log).toContain('ci=true actions=true repo=octo-org/octo-repo os=Linux');
    expect(run.results.use).toEqual({ result: 'success', outputs: {} });
  });

  test('per-run workspace (a self-hosted runner) keeps files between jobs; RUNNER_TEMP is still fresh', async () => {
    const run = await runWorkflow({ workflow: fixture('basics.yml'), secrets: { API_KEY }, workspace: 'per-run' });
    expect(run.job('use').workspace).toBe(run.job('build').workspace);
    expect(run.job('use').log).toContain('fresh temp');
  });
});
