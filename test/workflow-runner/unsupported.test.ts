import { describe, expect, test } from '@jest/globals';
import { fixture, workflowsWith } from './fixtures.js';
import { runWorkflow } from './run-workflow.js';
import { checkout } from './stand-ins/checkout.js';

/** A one-job workflow whose job holds `job` (YAML, indented under the job). */
function oneJob(job: string): string {
  return workflowsWith({ 'planted.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n${job}` }, 'planted.yml');
}

describe('workflow runner: what it does not model fails loudly, never passes silently', () => {
  test.each([
    ['a job container', '    container: node:20\n    steps:\n      - run: echo\n', /jobs\.a\.container is not supported by the workflow runner/],
    ['job services', '    services:\n      db:\n        image: postgres\n    steps:\n      - run: echo\n', /jobs\.a\.services is not supported/],
    ['a shell it does not have', '    steps:\n      - run: Write-Host hi\n        shell: pwsh\n', /shell "pwsh" is not supported by the workflow runner/],
    ['hashFiles()', '    steps:\n      - run: echo "${{ hashFiles(\'**/package-lock.json\') }}"\n', /hashFiles\(\) is not supported by the workflow runner/],
    ['a Docker action', '    steps:\n      - uses: docker://alpine:3.20\n', /docker actions \(docker:\/\/alpine:3\.20\) are not supported/],
    ['another repository\'s reusable workflow', '', /not in this repository \(org\/gates\)/],
  ])('%s', async (_name, job, message) => {
    const workflow = job ? oneJob(job) : workflowsWith({ 'planted.yml': 'on: push\njobs:\n  a:\n    uses: octo-org/workflows/.github/workflows/x.yml@v1\n' }, 'planted.yml');
    await expect(runWorkflow({ workflow })).rejects.toThrow(message);
  });

  test('a composite action', async () => {
    const workflow = oneJob('    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n      - uses: ./composite-action\n');
    await expect(runWorkflow({ workflow, repository: fixture('probe-repo'), standIns: { 'actions/checkout': checkout } })).rejects.toThrow(/uses runs\.using "composite"; the workflow runner runs JavaScript actions only/);
  });
});

describe('workflow runner: expressions as GitHub evaluates them', () => {
  test('a context a place cannot use is refused before the run (the parser knows the availability table)', async () => {
    await expect(runWorkflow({ workflow: oneJob("    steps:\n      - if: secrets.TOKEN != ''\n        run: echo never\n") })).rejects.toThrow(/planted\.yml:6:\d+: Unrecognized named-value: 'secrets'/);
  });

  test('an expression that fails at run time fails its step; `}}` inside a string literal does not end an expression', async () => {
    const run = await runWorkflow({ workflow: oneJob("    steps:\n      - env:\n          BAD: ${{ fromJSON('not json') }}\n        run: echo never\n      - if: always()\n        run: echo \"${{ format('}}{0}', 'x') }}\"\n") });
    const [bad, after] = run.job('a').steps;
    expect(bad!.outcome).toBe('failure');
    expect(run.job('a').log).toMatch(/steps\[0\]\.env\.BAD: cannot evaluate \$\{\{ fromJSON\('not json'\) \}\}/);
    expect(after!.outcome).toBe('success');
    // The template's `}}` is inside the literal; format() then reads it as an escaped `}`.
    expect(run.job('a').log).toContain('\n}x\n');
  });
});

describe('workflow runner: the log as the runner shows it', () => {
  test('secrets masked in the encodings the runner registers; stop-commands; set-env refused; set-output honoured with a warning', async () => {
    const secret = 'pa$$word-with "quotes" & <tags>';
    const run = await runWorkflow({
      workflow: oneJob(
        [
          '    steps:',
          '      - id: talk',
          '        env:',
          '          SECRET: ${{ secrets.PASSWORD }}',
          '        run: |',
          '          echo "raw $SECRET"',
          '          echo "base64 $(printf \'%s\' "$SECRET" | base64 -w0)"',
          '          node -e \'console.log("json " + JSON.stringify(process.env.SECRET))\'',
          '          node -e \'console.log("uri " + encodeURIComponent(process.env.SECRET))\'',
          '          echo "::stop-commands::pause-token"',
          '          echo "::error::not an annotation while stopped"',
          '          echo "::pause-token::"',
          '          echo "::set-output name=legacy::still works"',
          '          echo "::set-env name=X::refused"',
          '',
        ].join('\n'),
      ),
      secrets: { PASSWORD: secret },
    });
    const job = run.job('a');
    expect(job.log).toContain('raw ***');
    expect(job.log).toContain('base64 ***');
    expect(job.log).toContain('json "***"');
    expect(job.log).toContain('uri ***');
    expect(job.log).not.toContain('quotes');
    expect(job.log).toContain('::error::not an annotation while stopped');
    expect(job.annotations.map((annotation) => annotation.message)).not.toContain('not an annotation while stopped');
    expect(job.steps[0]!.outputs).toEqual({ legacy: 'still works' });
    expect(job.log).toContain('The `set-env` command is disabled');
    expect(job.steps[0]!.outcome).toBe('failure');
  });
});
