import { describe, expect, test } from '@jest/globals';
import { isShellScript, mayBeShebangScript, referencedScripts, shebangInterpreter } from './script-files.js';

describe('which files are shell scripts', () => {
  test('shebangs: paths, env, env -S with flags; sh, bash, zsh, dash', () => {
    expect(['#!/bin/sh\n', '#!/usr/bin/env bash\n', '#! /bin/bash -eu\n', '#!/usr/bin/env -S bash -e\n', '#!/bin/zsh', '#!/usr/bin/dash\n'].map(shebangInterpreter)).toEqual(['sh', 'bash', 'bash', 'bash', 'zsh', 'dash']);
    expect(shebangInterpreter('echo no shebang')).toBeUndefined();
  });

  test('a .sh file whose shebang names awk or python is not shell; a .sh without a shebang is', () => {
    expect(isShellScript('tools/gen.sh', '#!/usr/bin/awk -f\n{ print $1 }\n')).toBe(false);
    expect(isShellScript('tools/x.sh', '#!/usr/bin/env python3\nprint(1)\n')).toBe(false);
    expect(isShellScript('tools/y.sh', 'set -e\nmake\n')).toBe(true);
    expect(isShellScript('bin/setup', '#!/usr/bin/env bash\nset -e\n')).toBe(true);
    expect(isShellScript('bin/setup', 'set -e\n')).toBe(false);
    expect(isShellScript('ci/build', 'set -e\n', true)).toBe(true);
    expect(isShellScript('ci/build.py', 'print(1)\n', true)).toBe(false);
  });

  test('only extensionless files that are not well-known non-scripts are sniffed', () => {
    expect(['scripts/bootstrap', 'bin/release', 'LICENSE', 'src/Makefile', 'docs/guide.md', 'Dockerfile'].map(mayBeShebangScript)).toEqual([true, true, false, false, false, false]);
  });
});

describe('referencedScripts', () => {
  test('./x, bash x/y, sh -e x, source x, . ./x, resolved against the working directory', () => {
    expect(referencedScripts('./scripts/test.sh --ci\nbash hack/verify-all\nsh -e ci/lint\nsource scripts/env\n. ./ci/common', '')).toEqual(['scripts/test.sh', 'hack/verify-all', 'ci/lint', 'scripts/env', 'ci/common']);
    expect(referencedScripts('./build.sh && ../tools/release', 'packages/app')).toEqual(['packages/app/build.sh', 'packages/tools/release']);
  });

  test('paths that are arguments of other commands are not scripts', () => {
    expect(referencedScripts('make dist/app\ncp src/a.txt out/\ncat docs/x.md')).toEqual([]);
  });
});
