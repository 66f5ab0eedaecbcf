import { describe, expect, test } from '@jest/globals';
import type { ActionManifest } from './action-manifest.js';
import { RunnerLog } from './runner-log.js';
import { evaluateDefault, stepInputs } from './step-inputs.js';

/** The harness's two models of the runner, against what actions/runner does (see the comments in each file). */
const manifest: ActionManifest = {
  file: 'actions/x/action.yml',
  main: '/dev/null',
  using: 'node24',
  inputs: {
    token: { default: '${{ github.token }}' },
    'api-timeout': { default: '30s' },
    command: { required: true },
    'my input': { description: 'spaces become underscores' },
    where: { default: '${{ github.workspace }}/${{ runner.temp }}' },
  },
};
const scope = { token: 'ghs_jobToken', env: { GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t' } };

describe('the INPUT_* environment of a step', () => {
  test('every declared input arrives: defaults evaluated, no default is "", required is not enforced', () => {
    expect(stepInputs(manifest, {}, scope)).toEqual({
      INPUT_TOKEN: 'ghs_jobToken',
      'INPUT_API-TIMEOUT': '30s',
      INPUT_COMMAND: '',
      INPUT_MY_INPUT: '',
      INPUT_WHERE: '/w//t',
    });
  });

  test('given inputs override defaults, matched case-insensitively; an empty value is still given', () => {
    expect(stepInputs(manifest, { TOKEN: '', 'API-Timeout': '5s' }, scope)).toMatchObject({ INPUT_TOKEN: '', 'INPUT_API-TIMEOUT': '5s' });
  });

  test('an undeclared input is refused (the runner only warns; in a test it is a typo)', () => {
    expect(() => stepInputs(manifest, { tokn: 'x' }, scope)).toThrow('actions/x/action.yml declares no input "tokn"');
  });

  test('a property the context lacks is "", as on the runner; an expression the harness does not model is said, not blanked', () => {
    expect(evaluateDefault('${{ github.nothing_set }}', scope)).toBe('');
    expect(() => evaluateDefault("${{ format('{0}', github.sha) }}", scope)).toThrow(/cannot evaluate/);
  });
});

describe('the log as GitHub shows it', () => {
  test('::add-mask:: lines are consumed; a value is hidden from the next line on, never before', () => {
    const log = new RunnerLog().render('early s3cret-value\n::add-mask::s3cret-value\nlate s3cret-value\n');
    expect(log).toBe('early s3cret-value\nlate ***\n');
  });

  test('the runner\'s encodings are hidden too, overlapping matches merge into one ***', () => {
    const shown = new RunnerLog(['p@ss"w\'rd&x']);
    expect(shown.mask(`b64 ${Buffer.from('p@ss"w\'rd&x').toString('base64')} json "p@ss\\"w'rd&x" uri p%40ss%22w%27rd%26x xml p@ss&quot;w&apos;rd&amp;x`)).toBe('b64 *** json "***" uri *** xml ***');
    expect(new RunnerLog(['abcdef', 'defghi']).mask('xabcdefghiy')).toBe('x***y');
  });

  test('a multi-line mask hides the whole value and each trimmed line; a blank mask registers nothing', () => {
    const shown = new RunnerLog();
    shown.render('::add-mask::first-line%0A  second-line  \n::add-mask::   \n');
    expect(shown.mask('a first-line b second-line c   d')).toBe('a *** b *** c   d');
  });

  test('the job\'s token and secrets are masked from the first line', () => {
    expect(new RunnerLog(['ghs_jobToken']).render('token ghs_jobToken\n')).toBe('token ***\n');
  });
});
