import type { InstallProblem, PackageContext } from '../problems.js';
import { checkApt } from './apt.js';
import { checkCargo } from './cargo.js';
import { checkWindowsPackages } from './dotnet.js';
import { checkGo } from './go.js';
import { checkNpmFamily } from './npm.js';
import { checkPython } from './python.js';
import { checkGem } from './ruby.js';

const NPM_FAMILY = new Set(['npm', 'npx', 'pnpm', 'pnpx', 'yarn', 'bun', 'bunx']);
const PYTHON_FAMILY = /^(pip\d*(\.\d+)*|(python|pypy)\d*(\.\d+)*|py|uvx?|pipx)$/;
const WINDOWS = new Set(['choco', 'cinst', 'nuget', 'nuget.exe', 'dotnet']);

/** What one command installs unpinned, by its tool: the command's own words in (command-words.ts). Pure. */
export function packageProblems(tool: string, words: readonly string[], context: PackageContext): InstallProblem[] {
  if (NPM_FAMILY.has(tool)) return checkNpmFamily(tool, words, context);
  if (PYTHON_FAMILY.test(tool)) return checkPython(tool, words);
  if (tool === 'go') return checkGo(words, context);
  if (tool === 'gem') return checkGem(words);
  if (tool === 'cargo') return checkCargo(words);
  if (WINDOWS.has(tool)) return checkWindowsPackages(tool, words);
  if (tool === 'apt-get' || tool === 'apt') return checkApt(tool, words);
  return [];
}
