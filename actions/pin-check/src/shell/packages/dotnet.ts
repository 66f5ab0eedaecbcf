import { hasOption, isDynamic, optionValue, positionals } from '../command-words.js';
import { unpinnedPackage, type InstallProblem } from '../problems.js';

/**
 * Windows and .NET package tools: `choco install`/`cinst` without
 * `--version` (or `--require-checksums`), `nuget install` without
 * `-Version`, `dotnet tool install|update` and `dotnet add package` without
 * `--version`. A packages.config file lists pinned versions itself. Pure.
 */
const CHOCO_VALUED = new Set(['-s', '--source', '--params', '--package-parameters', '--ia', '--install-arguments', '--version', '--timeout', '--execution-timeout', '--cache-location', '-u', '--user', '-p', '--password']);
const NUGET_VALUED = new Set(['-source', '-outputdirectory', '-configfile', '-version', '-framework', '-packagesavemode', '-dependencyversion', '-fallbacksource', '-verbosity', '-solutiondirectory']);
const DOTNET_VALUED = new Set(['--version', '-v', '--add-source', '--configfile', '--framework', '-f', '--tool-path', '--tool-manifest', '--verbosity', '-s', '--source', '--package-directory', '--arch', '-a']);
const CONFIG_FILE = /\.config$|packages\.config$/i;

export function checkWindowsPackages(tool: string, words: readonly string[]): InstallProblem[] {
  if (tool === 'choco' || tool === 'cinst') return checkChoco(tool, words);
  if (tool === 'nuget' || tool === 'nuget.exe') return checkNuget(words);
  if (tool === 'dotnet') return checkDotnet(words);
  return [];
}

function checkChoco(tool: string, words: readonly string[]): InstallProblem[] {
  const args = tool === 'cinst' ? words.slice(1) : words.slice(2);
  if (tool === 'choco' && words[1] !== 'install' && words[1] !== 'upgrade') return [];
  if (optionValue(args, ['--version']) !== undefined || hasOption(args, ['--requirechecksum', '--requirechecksums', '--require-checksums'])) return [];
  const command = tool === 'cinst' ? 'cinst' : `choco ${words[1]}`;
  return positionals(args, CHOCO_VALUED)
    .filter((name) => !isDynamic(name) && !CONFIG_FILE.test(name) && name !== 'all')
    .map((name) => unpinnedPackage(`${command} ${name} installs whatever version is newest at run time.`, `pin it: choco install ${name} --version <x.y.z>`));
}

function checkNuget(words: readonly string[]): InstallProblem[] {
  if (words[1]?.toLowerCase() !== 'install') return [];
  const args = words.slice(2);
  const lower = args.map((arg) => (arg.startsWith('-') ? arg.toLowerCase() : arg));
  if (optionValue(lower, ['-version']) !== undefined) return [];
  return positionals(lower, NUGET_VALUED)
    .filter((name) => !isDynamic(name) && !CONFIG_FILE.test(name))
    .map((name) => unpinnedPackage(`nuget install ${name} installs whatever version is newest at run time.`, `pin it: nuget install ${name} -Version <x.y.z>`));
}

function checkDotnet(words: readonly string[]): InstallProblem[] {
  let command: string;
  let args: readonly string[];
  if (words[1] === 'tool' && (words[2] === 'install' || words[2] === 'update')) {
    command = `dotnet tool ${words[2]}`;
    args = words.slice(3);
  } else if (words[1] === 'add' && words.includes('package')) {
    command = 'dotnet add package';
    args = words.slice(words.indexOf('package') + 1);
  } else {
    return [];
  }
  if (optionValue(args, ['--version', '-v']) !== undefined) return [];
  return positionals(args, DOTNET_VALUED)
    .filter((name) => !isDynamic(name))
    .slice(0, 1)
    .map((name) => unpinnedPackage(`${command} ${name} installs whatever version is newest at run time.`, `pin it: ${command} ${name} --version <x.y.z>`));
}
