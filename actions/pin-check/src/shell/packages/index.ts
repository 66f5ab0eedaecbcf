import type { InstallProblem, PackageContext } from '../problems.js';
import { checkApt } from './apt.js';
import { checkCargo } from './cargo.js';
import { checkWindowsPackages } from './dotnet.js';
import { checkGo } from './go.js';
import { checkNpmFamily } from './npm.js';
import { checkPython } from './python.js';
import { checkGem } from './ruby.js';

type Check = (tool: string, words: readonly string[], context: PackageContext) => InstallProblem[];

const npm: Check = checkNpmFamily;
const python: Check = (tool, words) => checkPython(tool, words);
const windows: Check = (tool, words) => checkWindowsPackages(tool, words);

/** The check of each tool by its exact name; versioned interpreters (pip3.12, python2.7) by pattern below. */
const CHECKS = new Map<string, Check>([
  ...['npm', 'npx', 'pnpm', 'pnpx', 'yarn', 'bun', 'bunx'].map((tool): [string, Check] => [tool, npm]),
  ...['pip', 'pip3', 'python', 'python3', 'py', 'pypy', 'pypy3', 'uv', 'uvx', 'pipx'].map((tool): [string, Check] => [tool, python]),
  ['go', (_tool, words, context) => checkGo(words, context)],
  ['gem', (_tool, words) => checkGem(words)],
  ['cargo', (_tool, words) => checkCargo(words)],
  ...['choco', 'cinst', 'nuget', 'nuget.exe', 'dotnet'].map((tool): [string, Check] => [tool, windows]),
  ...['apt-get', 'apt'].map((tool): [string, Check] => [tool, (name, words) => checkApt(name, words)]),
]);
const VERSIONED_PYTHON = /^(pip|python|pypy)\d+(\.\d+)*$/;
const NONE: InstallProblem[] = [];

/** What one command installs unpinned, by its tool: the command's own words in (command-words.ts). Pure. */
export function packageProblems(tool: string, words: readonly string[], context: PackageContext): InstallProblem[] {
  const check = CHECKS.get(tool) ?? (tool.charCodeAt(0) === 112 /* p */ && VERSIONED_PYTHON.test(tool) ? python : undefined);
  return check ? check(tool, words, context) : NONE;
}
