import { isDynamic, optionValue, positionals } from '../command-words.js';
import { unpinnedPackage, type InstallProblem } from '../problems.js';

/** `gem install` / `gem i` without an exact `-v`/`--version` or `name:version`; local `.gem` files are not downloads. Pure. */
const GEM_VALUED = new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '-P', '--trust-policy', '--platform', '-g', '--file', '--build-root']);
const EXACT = /^=?\s*\d+(\.\w+)*$/;

export function checkGem(words: readonly string[]): InstallProblem[] {
  if (words[1] !== 'install' && words[1] !== 'i') return [];
  const args = words.slice(2);
  const version = optionValue(args, ['-v', '--version']) ?? args.find((arg) => /^-v\S/.test(arg))?.slice(2);
  if (version !== undefined && (EXACT.test(version) || isDynamic(version))) return [];
  return positionals(args, GEM_VALUED)
    .filter((gem) => !isDynamic(gem) && !gem.endsWith('.gem') && !/^[<>=~!]/.test(gem) && !/:=?\d/.test(gem))
    .map((gem) => unpinnedPackage(`gem ${words[1]} ${gem} installs whatever version is newest at run time.`, `pin it: gem install ${gem} -v <x.y.z>`));
}
