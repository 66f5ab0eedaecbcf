import { expect, test } from '@jest/globals';
import { childEnvironment } from './child-environment.js';

test('a command under test gets the step\'s environment without its inputs, file commands or runtime tokens, plus the table\'s', () => {
  const base = { PATH: '/usr/bin', HOME: '/home/runner', INPUT_TOKEN: 'ghs_x', GITHUB_OUTPUT: '/tmp/out', GITHUB_ENV: '/tmp/env', GITHUB_STEP_SUMMARY: '/tmp/sum', ACTIONS_RUNTIME_TOKEN: 't', GITHUB_SHA: 'abc', NO_COLOR: undefined };
  expect(childEnvironment(base, { NO_COLOR: '1', PATH: '/opt/bin' })).toEqual({ PATH: '/opt/bin', HOME: '/home/runner', GITHUB_SHA: 'abc', NO_COLOR: '1' });
});
