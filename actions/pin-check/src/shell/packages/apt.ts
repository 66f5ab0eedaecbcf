import { isDynamic, positionals } from '../command-words.js';
import type { InstallProblem } from '../problems.js';

/**
 * `apt-get install` / `apt install` of packages without `=version`. Judged
 * by the optional unpinned-os-package rule only: most images pin the OS by
 * their base image's digest instead. Local `.deb` files are not downloads. Pure.
 */
const APT_VALUED = new Set(['-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file']);

export function checkApt(tool: string, words: readonly string[]): InstallProblem[] {
  if ((tool !== 'apt-get' && tool !== 'apt') || words[1] !== 'install') return [];
  return positionals(words.slice(2), APT_VALUED)
    .filter((name) => !isDynamic(name) && !name.includes('=') && !/^(\.|\/)|\.deb$/.test(name))
    .map((name) => ({
      kind: 'unpinned-os-package' as const,
      message: `${tool} install ${name} installs whatever version the mirror has at run time.`,
      fix: `pin it: ${tool} install ${name}=<version> (apt-cache policy ${name} shows the candidates)`,
    }));
}
