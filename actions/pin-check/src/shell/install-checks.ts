import type { ShellCommand } from './tokenize.js';

/**
 * What is unpinned about one shell command, per package tool. Pure: words in,
 * problems out. Each problem says what was installed and how to pin it.
 */
export interface InstallProblem {
  kind: 'unpinned-package' | 'prefer-lockfile-install' | 'unhashed-requirements' | 'pipe-to-shell';
  message: string;
  fix: string;
}

const WRAPPERS = new Set(['sudo', 'env', 'time', 'nohup', 'exec', 'command', 'xargs']);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'python', 'python3', 'node', 'perl', 'ruby']);
const DOWNLOADERS = new Set(['curl', 'wget']);
const ASSIGNMENT = /^[A-Za-z_]\w*=/;

/** The command's own words: without `VAR=x` prefixes, sudo/env wrappers and their flags. */
function effectiveWords(words: readonly string[]): readonly string[] {
  let index = 0;
  while (index < words.length) {
    const word = words[index]!;
    if (word.includes('=') && ASSIGNMENT.test(word)) index++;
    else if (WRAPPERS.has(baseName(word))) {
      index++;
      while (index < words.length && words[index]!.startsWith('-')) index++;
    } else break;
  }
  return index === 0 ? words : words.slice(index);
}

function baseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** Every problem in a tokenized script, with the line of the command it is in. */
export function checkScript(commands: readonly ShellCommand[]): { line: number; problem: InstallProblem }[] {
  const found: { line: number; problem: InstallProblem }[] = [];
  // Each command's own words and tool name, once: the per-tool checks and the pipeline check both need them.
  const own: (readonly string[])[] = [];
  const tools: string[] = [];
  for (const command of commands) {
    const words = effectiveWords(command.words);
    own.push(words);
    tools.push(baseName(words[0] ?? ''));
  }
  for (let index = 0; index < commands.length; index++) {
    for (const problem of problemsOf(tools[index]!, own[index]!)) found.push({ line: commands[index]!.line, problem });
    const piped = DOWNLOADERS.has(tools[index]!) ? pipedIntoShell(commands, tools, index) : undefined;
    if (piped) found.push({ line: commands[index]!.line, problem: piped });
  }
  return found;
}

/** The problems of one command: its tool name and its own words (see effectiveWords). */
function problemsOf(tool: string, words: readonly string[]): InstallProblem[] {
  if (tool === 'npm') return checkNpm(words.slice(1));
  if (tool === 'pip' || tool === 'pip3') return checkPip(words.slice(2), words[1]);
  if ((tool === 'python' || tool === 'python3') && words[1] === '-m' && words[2] === 'pip') return checkPip(words.slice(4), words[3]);
  if (tool === 'go' && words[1] === 'install') return checkGoInstall(words.slice(2));
  if (tool === 'gem' && words[1] === 'install') return checkGem(words.slice(2));
  if (SHELLS.has(tool)) return checkShellFetch(words);
  return [];
}

/** `curl ... | sh`: the downloader at `index` feeding a shell later in the same pipeline. */
function pipedIntoShell(commands: readonly ShellCommand[], tools: readonly string[], index: number): InstallProblem | undefined {
  const downloader = tools[index]!;
  const pipeline = commands[index]!.pipeline;
  for (let next = index + 1; next < commands.length && commands[next]!.pipeline === pipeline; next++) {
    const shell = tools[next]!;
    if (SHELLS.has(shell)) {
      return {
        kind: 'pipe-to-shell',
        message: `${downloader} output is piped into ${shell}: whatever the server returns today runs with the job's permissions.`,
        fix: 'download a pinned release, verify its checksum (sha256sum -c), then run it',
      };
    }
  }
  return undefined;
}

function checkShellFetch(words: readonly string[]): InstallProblem[] {
  const fetched = words.slice(1).find((word) => /^[<$]\((curl|wget)\s/.test(word));
  if (!fetched) return [];
  return [{
    kind: 'pipe-to-shell',
    message: `${baseName(words[0]!)} runs a script fetched at run time (${fetched.slice(2, 6)}): its content is not pinned.`,
    fix: 'download a pinned release, verify its checksum (sha256sum -c), then run it',
  }];
}

const NPM_INSTALL = new Set(['install', 'i', 'add', 'isntall', 'in', 'ins', 'inst', 'insta', 'instal']);

function checkNpm(args: string[]): InstallProblem[] {
  if (!NPM_INSTALL.has(args[0] ?? '')) return [];
  const flags = args.slice(1).filter((a) => a.startsWith('-'));
  const packages = args.slice(1).filter((a) => !a.startsWith('-'));
  const global = flags.some((f) => f === '-g' || f === '--global' || f === '--location=global');
  if (packages.length === 0) {
    return [{ kind: 'prefer-lockfile-install', message: `npm ${args[0]} may rewrite package-lock.json and install versions nobody reviewed.`, fix: 'use npm ci, which installs exactly the lockfile' }];
  }
  return packages
    .filter((spec) => !isExactNpmSpec(spec))
    .map((spec) => ({
      kind: 'unpinned-package' as const,
      message: `npm ${args[0]}${global ? ' -g' : ''} ${spec} installs whatever version is newest at run time.`,
      fix: global ? `pin the exact version: npm install -g ${npmName(spec)}@<x.y.z>` : 'add it to package.json and install with npm ci',
    }));
}

function npmName(spec: string): string {
  const at = spec.lastIndexOf('@');
  return at > 0 ? spec.slice(0, at) : spec;
}

function isExactNpmSpec(spec: string): boolean {
  if (/^(\.{0,2}\/|file:)/.test(spec)) return true;
  const at = spec.lastIndexOf('@');
  if (at <= 0) return false;
  return /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec.slice(at + 1));
}

function checkPip(args: string[], subcommand: string | undefined): InstallProblem[] {
  if (subcommand !== 'install') return [];
  const problems: InstallProblem[] = [];
  const hashed = args.includes('--require-hashes');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-r' || arg === '--requirement' || arg.startsWith('--requirement=') || arg.startsWith('-r')) {
      const file = arg === '-r' || arg === '--requirement' ? args[++i] : arg.replace(/^(-r|--requirement=)/, '');
      if (!hashed) problems.push({ kind: 'unhashed-requirements', message: `pip install -r ${file} without --require-hashes trusts whatever the index serves for each version.`, fix: 'pin with hashes (pip-compile --generate-hashes) and add --require-hashes' });
      continue;
    }
    if (arg === '-c' || arg === '--constraint' || arg === '-i' || arg === '--index-url' || arg === '--extra-index-url' || arg === '-t' || arg === '--target') {
      i++;
      continue;
    }
    if (arg.startsWith('-') || arg === '.' || arg.startsWith('./') || arg === '-e') continue;
    if (!/==[^=*]+$/.test(arg) && !/^[\w.-]+ @ /.test(arg)) {
      problems.push({ kind: 'unpinned-package', message: `pip install ${arg} installs whatever version is newest at run time.`, fix: `pin it: ${arg.split(/[<>=!~\[]/)[0]}==<x.y.z> with --require-hashes` });
    } else if (!hashed) {
      problems.push({ kind: 'unhashed-requirements', message: `pip install ${arg} pins the version but not its content.`, fix: 'add --require-hashes with --hash=sha256:... (or install from a hashed requirements file)' });
    }
  }
  return problems;
}

function checkGoInstall(args: string[]): InstallProblem[] {
  return args
    .filter((arg) => !arg.startsWith('-'))
    .filter((arg) => !/@v\d+\.\d+\.\d+/.test(arg) && !/@[0-9a-f]{40}$/.test(arg))
    .map((arg) => ({
      kind: 'unpinned-package' as const,
      message: `go install ${arg} ${arg.includes('@') ? 'follows a moving version' : 'has no version'}.`,
      fix: `pin a version: go install ${arg.split('@')[0]}@vX.Y.Z`,
    }));
}

function checkGem(args: string[]): InstallProblem[] {
  if (args.some((a) => a === '-v' || a === '--version' || a.startsWith('--version=') || /^-v\S/.test(a))) return [];
  return args
    .filter((a) => !a.startsWith('-') && !/^[<>=~!]/.test(a) && !/:\S*\d/.test(a))
    .map((gem) => ({ kind: 'unpinned-package' as const, message: `gem install ${gem} installs whatever version is newest at run time.`, fix: `pin it: gem install ${gem} -v <x.y.z>` }));
}
