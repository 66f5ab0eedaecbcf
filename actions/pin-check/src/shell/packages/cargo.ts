import { hasOption, isDynamic, optionValue, positionals } from '../command-words.js';
import { unpinnedPackage, type InstallProblem } from '../problems.js';

/**
 * `cargo install` / `cargo binstall`: a crate needs an exact version
 * (`--version 1.2.3` or `crate@1.2.3`; cargo reads a bare x.y.z as exact),
 * and `--locked` so its own dependencies come from its Cargo.lock. `--path`
 * is local; `--git` needs `--rev <40-hex>`. Pure.
 */
const CARGO_VALUED = new Set([
  '--version', '--vers', '--git', '--branch', '--tag', '--rev', '--path', '--root', '--registry', '--index', '--target',
  '--target-dir', '--features', '-F', '-j', '--jobs', '--profile', '--bin', '--example', '--config', '-Z', '--color',
]);
const EXACT = /^=?\d+\.\d+\.\d+([-+][\w.-]+)?$/;

export function checkCargo(words: readonly string[]): InstallProblem[] {
  const subcommand = words[1];
  if (subcommand !== 'install' && subcommand !== 'binstall') return [];
  const args = words.slice(2);
  if (hasOption(args, ['--path'])) return [];
  const command = `cargo ${subcommand}`;
  const git = optionValue(args, ['--git']);
  if (git !== undefined) {
    const rev = optionValue(args, ['--rev']);
    if (rev !== undefined && (/^[0-9a-f]{40}$/.test(rev) || isDynamic(rev))) return [];
    return [unpinnedPackage(`${command} --git ${git} builds whatever the ${optionValue(args, ['--tag']) ? 'tag' : 'branch'} points to at run time.`, `pin a commit: ${command} --git ${git} --rev <40-hex sha> --locked`)];
  }
  const version = optionValue(args, ['--version', '--vers']);
  const locked = subcommand === 'binstall' || hasOption(args, ['--locked']);
  const problems: InstallProblem[] = [];
  for (const crate of positionals(args, CARGO_VALUED)) {
    if (isDynamic(crate)) continue;
    const at = crate.indexOf('@');
    const exact = at > 0 ? EXACT.test(crate.slice(at + 1)) : version !== undefined && (EXACT.test(version) || isDynamic(version));
    const name = at > 0 ? crate.slice(0, at) : crate;
    if (!exact) problems.push(unpinnedPackage(`${command} ${crate} installs whatever version is newest at run time.`, `pin it: ${command} ${name} --version <x.y.z> --locked`));
    else if (!locked) problems.push({ kind: 'unlocked-dependencies', message: `${command} ${crate} without --locked resolves ${name}'s dependencies to their newest versions.`, fix: 'add --locked so the crate\'s own Cargo.lock is used' });
  }
  return problems;
}
