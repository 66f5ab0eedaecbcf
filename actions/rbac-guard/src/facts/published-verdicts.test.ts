import { describe, expect, test } from '@jest/globals';
import { candidatesOf, judgeCandidate, workflowPathOf } from './published-verdicts.js';

const SHA = 'a'.repeat(40);
const TRUSTED = ['.github/workflows/gates.yml'];

describe('published verdicts: only the GitHub Actions app, a trusted workflow, this commit', () => {
  const check = (slug: string, conclusion = 'success', external_id = '77/1') => ({ name: 'gates/pin-check', status: 'completed', conclusion, external_id, app: { slug } });
  const status = (login: string, type = 'Bot', state = 'success', target_url = 'https://github.com/o/r/actions/runs/77') => ({ context: 'gates/pin-check', state, target_url, creator: { login, type } });

  test('a check run and a status of the Actions app, naming a run of the trusted workflow for this commit, count', () => {
    const run = { path: '.github/workflows/gates.yml', head_sha: SHA };
    for (const candidate of candidatesOf('pin-check', [check('github-actions')], [status('github-actions[bot]')])) {
      expect(judgeCandidate(candidate, run, SHA, TRUSTED)).toMatchObject({ status: 'pass' });
    }
    expect(judgeCandidate(candidatesOf('pin-check', [check('github-actions', 'failure')], [])[0]!, run, SHA, TRUSTED).status).toBe('fail');
  });

  test.each([
    ['another app', candidatesOf('pin-check', [check('mallory-app')], [])[0]!, { path: TRUSTED[0], head_sha: SHA }, 'not trusted'],
    ['a user with a token', candidatesOf('pin-check', [], [status('mallory', 'User')])[0]!, { path: TRUSTED[0], head_sha: SHA }, 'not trusted'],
    ['a user named like the bot', candidatesOf('pin-check', [], [status('github-actions[bot]', 'User')])[0]!, { path: TRUSTED[0], head_sha: SHA }, 'not trusted'],
    ['no run named', candidatesOf('pin-check', [], [status('github-actions[bot]', 'Bot', 'success', 'https://example.com')])[0]!, undefined, 'names no workflow run'],
    ['a run that does not exist', candidatesOf('pin-check', [check('github-actions')], [])[0]!, undefined, 'not found'],
    ['a run of another workflow', candidatesOf('pin-check', [check('github-actions')], [])[0]!, { path: '.github/workflows/other.yml', head_sha: SHA }, 'not of .github/workflows/gates.yml'],
    ['a run of another commit', candidatesOf('pin-check', [check('github-actions')], [])[0]!, { path: TRUSTED[0], head_sha: 'b'.repeat(40) }, 'stale'],
  ])('%s: missing, with the reason', (_case, candidate, run, reason) => {
    const judged = judgeCandidate(candidate, run, SHA, TRUSTED);
    expect(judged.status).toBe('missing');
    expect(judged.source).toContain(reason);
  });

  test('an in-progress check run or another gate\'s status is no candidate', () => {
    expect(candidatesOf('pin-check', [{ ...check('github-actions'), status: 'in_progress' }], [{ ...status('github-actions[bot]'), context: 'gates/perf-sla' }])).toEqual([]);
  });

  test('the workflow file of GITHUB_WORKFLOW_REF', () => {
    expect(workflowPathOf('octo-org/octo-repo/.github/workflows/gates.yml@refs/heads/main')).toBe('.github/workflows/gates.yml');
    expect(workflowPathOf(undefined)).toBeUndefined();
  });
});
