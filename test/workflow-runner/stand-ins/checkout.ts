import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { StandIn } from './stand-in.js';

/**
 * Stand-in for actions/checkout: copies RunOptions.repository (the files of
 * the run's commit) into the workspace, at `path`. It checks out only the
 * run's own repository; another `repository:` fails the step, as a test
 * should not pass on code it did not provide.
 */
export const checkout: StandIn = {
  description: 'actions/checkout: copies the run\'s repository files into the workspace',
  inputs: Object.fromEntries(
    [
      ['repository', '${{ github.repository }}'],
      ['ref', ''],
      ['token', '${{ github.token }}'],
      ['ssh-key', ''],
      ['ssh-known-hosts', ''],
      ['ssh-strict', 'true'],
      ['ssh-user', 'git'],
      ['persist-credentials', 'true'],
      ['path', ''],
      ['clean', 'true'],
      ['filter', ''],
      ['sparse-checkout', ''],
      ['sparse-checkout-cone-mode', 'true'],
      ['fetch-depth', '1'],
      ['fetch-tags', 'false'],
      ['show-progress', 'true'],
      ['lfs', 'false'],
      ['submodules', 'false'],
      ['set-safe-directory', 'true'],
      ['github-server-url', ''],
    ].map(([name, value]) => [name, { default: value }]),
  ),
  outputs: ['ref', 'commit'],
  run({ inputs, env, workspace, repository, print }) {
    if (inputs.repository !== env.GITHUB_REPOSITORY) {
      print(`::error::checkout stand-in: only the run's repository (${env.GITHUB_REPOSITORY}) can be checked out, not ${inputs.repository}`);
      return { exitCode: 1 };
    }
    if (!repository || !existsSync(repository)) {
      print('::error::checkout stand-in: the test gave no repository to check out (RunOptions.repository)');
      return { exitCode: 1 };
    }
    const target = resolve(workspace, inputs.path ?? '');
    if (relative(workspace, target).startsWith('..') || isAbsolute(relative(workspace, target))) {
      print(`::error::Repository path '${target}' is not under '${workspace}'`);
      return { exitCode: 1 };
    }
    mkdirSync(target, { recursive: true });
    cpSync(repository, target, { recursive: true, filter: (source) => !source.split(/[\\/]/).includes('node_modules') });
    print(`Checked out ${env.GITHUB_REPOSITORY}@${env.GITHUB_SHA} into ${join(workspace, inputs.path ?? '')}`);
    return { exitCode: 0, outputs: { ref: env.GITHUB_REF ?? '', commit: env.GITHUB_SHA ?? '' } };
  },
};
