import { hasOption, isDynamic, optionValue, positionals } from '../command-words.js';
import { unpinnedPackage, type InstallProblem, type PackageContext } from '../problems.js';

/**
 * npm, pnpm, yarn and bun: installs that name packages, and one-off runners
 * (npx, npm exec, pnpm dlx, yarn dlx, bunx) that fetch a package at run
 * time. Pinned: an exact version, a git commit, a local path, or (for the
 * runners) a package the repository's package.json declares, which its
 * lockfile pins. Pure.
 */
const NPM_INSTALL = new Set(['install', 'i', 'add', 'isntall', 'in', 'ins', 'inst', 'insta', 'instal', 'install-test', 'it']);
const NPM_VALUED = new Set(['--prefix', '-C', '--registry', '--cache', '--userconfig', '-w', '--workspace', '--tag', '--omit', '--include', '--install-strategy', '--before', '--loglevel', '-p', '--package', '-c', '--call']);
const GLOBAL = ['-g', '--global', '--location=global'];

/** Well-known command names whose package is named otherwise, for `npx <command>`. */
const BIN_PACKAGES: Record<string, string[]> = {
  tsc: ['typescript'],
  ng: ['@angular/cli'],
  changeset: ['@changesets/cli'],
  commitlint: ['@commitlint/cli'],
  webpack: ['webpack-cli', 'webpack'],
  'run-s': ['npm-run-all', 'npm-run-all2'],
  'run-p': ['npm-run-all', 'npm-run-all2'],
  playwright: ['@playwright/test', 'playwright'],
  vsce: ['@vscode/vsce'],
  ncc: ['@vercel/ncc'],
  'svelte-kit': ['@sveltejs/kit'],
  'vue-cli-service': ['@vue/cli-service'],
};

export function checkNpmFamily(tool: string, words: readonly string[], context: PackageContext): InstallProblem[] {
  const args = words.slice(1);
  switch (tool) {
    case 'npm':
      return checkNpm(args, context);
    case 'npx':
      return checkRunner('npx', args, context);
    case 'pnpx':
    case 'bunx':
      return checkRunner(tool, args, context);
    case 'pnpm':
    case 'yarn':
    case 'bun':
      return checkOtherManager(tool, args, context);
    default:
      return [];
  }
}

function checkNpm(args: readonly string[], context: PackageContext): InstallProblem[] {
  const [subcommand, ...rest] = positionalsWithRest(args);
  if (subcommand === 'exec' || subcommand === 'x') return checkRunner(`npm ${subcommand}`, rest, context);
  if (!subcommand || !NPM_INSTALL.has(subcommand)) return [];
  const options = args.filter((arg) => arg.startsWith('-'));
  const global = hasOption(options, GLOBAL) || optionValue(args, ['--location']) === 'global';
  const packages = positionals(rest, NPM_VALUED);
  if (packages.length === 0) {
    if (global) return [];
    return [{ kind: 'prefer-lockfile-install', message: `npm ${subcommand} may rewrite package-lock.json and install versions nobody reviewed.`, fix: 'use npm ci, which installs exactly the lockfile' }];
  }
  return packages.filter((spec) => !isPinnedNpmSpec(spec)).map((spec) => unpinnedInstall(`npm ${subcommand}${global ? ' -g' : ''}`, spec, global));
}

/** pnpm add / dlx, yarn add / global add / dlx, bun add / x. */
function checkOtherManager(tool: string, args: readonly string[], context: PackageContext): InstallProblem[] {
  const [subcommand, ...rest] = positionalsWithRest(args);
  if (subcommand === 'dlx' || (tool === 'bun' && subcommand === 'x')) return checkRunner(`${tool} ${subcommand}`, rest, context);
  let global = hasOption(args, GLOBAL);
  let packages: string[];
  if (tool === 'yarn' && subcommand === 'global' && rest[0] === 'add') {
    global = true;
    packages = positionals(rest.slice(1), NPM_VALUED);
  } else if (subcommand === 'add' || (tool === 'bun' && (subcommand === 'install' || subcommand === 'i') && global)) {
    packages = positionals(rest, NPM_VALUED);
  } else {
    return [];
  }
  return packages.filter((spec) => !isPinnedNpmSpec(spec)).map((spec) => unpinnedInstall(`${tool} ${subcommand}${global ? ' -g' : ''}`, spec, global));
}

function unpinnedInstall(command: string, spec: string, global: boolean): InstallProblem {
  return unpinnedPackage(
    `${command} ${spec} installs whatever version is newest at run time.`,
    global ? `pin the exact version: ${command} ${npmName(spec)}@<x.y.z>` : 'add it to package.json and install with the lockfile (npm ci)',
  );
}

/**
 * A one-off runner: the packages it fetches are the `--package`/`-p` values,
 * or else its first positional argument (the rest are that command's arguments).
 */
function checkRunner(command: string, args: readonly string[], context: PackageContext): InstallProblem[] {
  if (hasOption(args, ['--no-install', '--no', '--offline'])) return [];
  const explicit: string[] = [];
  let first: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '-p' || arg === '--package') explicit.push(args[++index] ?? '');
    else if (arg.startsWith('--package=')) explicit.push(arg.slice('--package='.length));
    else if (arg === '-c' || arg === '--call') return [];
    else if (arg === '--') {
      first = args[index + 1];
      break;
    } else if (!arg.startsWith('-')) {
      first = arg;
      break;
    }
  }
  const specs = explicit.length > 0 ? explicit : first !== undefined ? [first] : [];
  return specs
    .filter((spec) => !isPinnedNpmSpec(spec) && !(explicit.length === 0 && declaredLocally(spec, context)))
    .map((spec) =>
      unpinnedPackage(
        `${command} ${spec} downloads and runs whatever version of ${npmName(spec)} is newest at run time.`,
        `pin the exact version (${command} ${npmName(spec)}@<x.y.z>) or add it to package.json so the lockfile pins it`,
      ),
    );
}

/** `npx jest` runs the repository's own jest when a package.json declares it (its lockfile pins it). */
function declaredLocally(command: string, context: PackageContext): boolean {
  const name = npmName(command);
  if (context.npmDependencies.has(name)) return true;
  if ((BIN_PACKAGES[name] ?? []).some((pkg) => context.npmDependencies.has(pkg))) return true;
  for (const dependency of context.npmDependencies) if (dependency.endsWith(`/${name}`)) return true;
  return false;
}

/** Positional words with the rest of the command after the first one (options before it skipped). */
function positionalsWithRest(args: readonly string[]): string[] {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg.startsWith('-')) {
      if (NPM_VALUED.has(arg)) index++;
      continue;
    }
    return [arg, ...args.slice(index + 1)];
  }
  return [];
}

export function npmName(spec: string): string {
  const at = spec.lastIndexOf('@');
  return at > 0 ? spec.slice(0, at) : spec;
}

const EXACT_VERSION = /^v?\d+\.\d+\.\d+(-[\w.-]+)?(\+[\w.-]+)?$/;
const FULL_SHA = /^[0-9a-f]{40}$/i;

/** Pinned: exact version, git commit, local path or tarball; a value only known at run time is not judged. */
export function isPinnedNpmSpec(spec: string): boolean {
  if (isDynamic(spec) || spec === '') return true;
  if (/^(\.{1,2}(\/|$)|\/|~\/|file:)/.test(spec)) return true;
  if (/\.(tgz|tar\.gz)$/.test(spec) && !spec.includes('://')) return true;
  if (spec.startsWith('npm:')) return isPinnedNpmSpec(spec.slice(4));
  // git: github:o/r#sha, git+https://…#sha, o/r#sha (GitHub shorthand), gitlab:, bitbucket:
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec) || (/^[\w.-]+\/[\w.-]+(#.*)?$/.test(spec) && !spec.startsWith('@'))) {
    const hash = spec.indexOf('#');
    return hash !== -1 && FULL_SHA.test(spec.slice(hash + 1));
  }
  if (spec.includes('://')) return false;
  const at = spec.lastIndexOf('@');
  return at > 0 && EXACT_VERSION.test(spec.slice(at + 1));
}
