import { hasOption, isDynamic, optionValue, positionals } from '../command-words.js';
import { unpinnedPackage, type InstallProblem } from '../problems.js';

/**
 * pip in all its spellings (pip, pip3, pip3.12, python2.7 -m pip, py -m pip,
 * uv pip), uv tool install / uvx, pipx install / run. Pinned: `==` with
 * hashes (a version alone is a warning), a VCS URL at a full commit, a URL
 * with a #sha256= fragment, a local path or wheel. Pure.
 */
const PIP_VALUED = new Set([
  '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root',
  '--platform', '--python-version', '--implementation', '--abi', '--src', '--upgrade-strategy', '--progress-bar', '--log',
  '--cache-dir', '--trusted-host', '--proxy', '--timeout', '--retries', '--exists-action', '--cert', '--client-cert', '-C',
  '--config-settings', '--global-option', '--no-binary', '--only-binary', '--report', '--python', '-p', '--use-feature',
  '--keyring-provider', '--index-strategy', '--index', '--default-index', '--extra',
]);
const UV_TOOL_VALUED = new Set(['--from', '--with', '--with-requirements', '--with-editable', '-p', '--python', '--index', '--default-index', '-c', '--constraint', '--index-url', '--extra-index-url', '--spec', '--pip-args', '--suffix']);
const PIP_TOOL = /^pip\d*(\.\d+)*$/;
const PYTHON_TOOL = /^(python|pypy)\d*(\.\d+)*$|^py$/;
const FULL_SHA = /@[0-9a-f]{40}(#|$)/i;

export function checkPython(tool: string, words: readonly string[]): InstallProblem[] {
  if (PIP_TOOL.test(tool)) return checkPip(tool, words.slice(1));
  if (PYTHON_TOOL.test(tool)) {
    const args = moduleArgs(words, 'pip');
    return args ? checkPip(`${tool} -m pip`, args) : [];
  }
  if (tool === 'uv') return checkUv(words.slice(1));
  if (tool === 'uvx') return checkToolRunner('uvx', words.slice(1));
  if (tool === 'pipx') return checkPipx(words.slice(1));
  return [];
}

/** Arguments after `-m <module>` when a Python interpreter runs that module (`python -u -m pip ...`). */
function moduleArgs(words: readonly string[], module: string): string[] | undefined {
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    if (word === '-m') return words[index + 1] === module ? words.slice(index + 2) : undefined;
    if (word === `-m${module}`) return words.slice(index + 1);
    if (!word.startsWith('-') || word === '-c') return undefined;
    if (word === '-X' || word === '-W') index++;
  }
  return undefined;
}

function checkUv(args: readonly string[]): InstallProblem[] {
  const [first, second, ...rest] = fromSubcommand(args);
  if (first === 'pip') return checkPip('uv pip', [second ?? '', ...rest]);
  if (first === 'tool' && second === 'install') return checkToolSpec('uv tool install', rest);
  if (first === 'tool' && second === 'run') return checkToolRunner('uv tool run', rest);
  return [];
}

function checkPipx(args: readonly string[]): InstallProblem[] {
  const [subcommand, ...rest] = fromSubcommand(args);
  if (subcommand === 'install') return checkToolSpec('pipx install', rest);
  if (subcommand === 'run') return checkToolRunner('pipx run', rest);
  return [];
}

/** The words from the first one that is not an option (the subcommand) on. */
function fromSubcommand(args: readonly string[]): readonly string[] {
  const start = args.findIndex((arg) => !arg.startsWith('-'));
  return start === -1 ? [] : args.slice(start);
}

/** `uv tool install x==1.2.3`, `pipx install x==1.2.3`: every positional is a package. */
function checkToolSpec(command: string, args: readonly string[]): InstallProblem[] {
  return positionals(args, UV_TOOL_VALUED)
    .filter((spec) => !isPinnedToolSpec(spec))
    .map((spec) => unpinnedPackage(`${command} ${spec} installs whatever version is newest at run time.`, `pin it: ${command} ${packageName(spec)}==<x.y.z>`));
}

/** `uvx x`, `uv tool run x`, `pipx run x`: the package is `--from`/`--spec`, else the command name. */
function checkToolRunner(command: string, args: readonly string[]): InstallProblem[] {
  const from = optionValue(args, ['--from', '--spec']);
  const spec = from ?? positionals(args, UV_TOOL_VALUED)[0];
  if (spec === undefined || isPinnedToolSpec(spec)) return [];
  return [unpinnedPackage(`${command} ${spec} downloads and runs whatever version is newest at run time.`, `pin it: ${command} ${packageName(spec)}@<x.y.z> (or --from '${packageName(spec)}==<x.y.z>')`)];
}

function isPinnedToolSpec(spec: string): boolean {
  return isDynamic(spec) || isLocal(spec) || isPinnedUrl(spec) || /^[\w.\-[\],]+(===?|@)v?\d+(\.\d+)*([.\-+]?[\w.]+)?$/.test(spec);
}

function checkPip(command: string, args: readonly string[]): InstallProblem[] {
  if (args[0] !== 'install') return [];
  const rest = args.slice(1);
  const problems: InstallProblem[] = [];
  const hashed = hasOption(rest, ['--require-hashes']) || rest.some((arg) => arg.startsWith('--hash'));
  const label = command === 'uv pip' ? command : 'pip';
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index]!;
    if (arg === '-r' || arg === '--requirement' || arg.startsWith('--requirement=') || (arg.startsWith('-r') && arg.length > 2 && !arg.startsWith('--'))) {
      const file = arg === '-r' || arg === '--requirement' ? rest[++index] : arg.replace(/^(-r|--requirement=)/, '');
      if (!hashed) problems.push({ kind: 'unhashed-requirements', message: `${label} install -r ${file} without --require-hashes trusts whatever the index serves for each version.`, fix: 'pin with hashes (pip-compile --generate-hashes) and add --require-hashes' });
      continue;
    }
    if (arg === '-e' || arg === '--editable' || arg.startsWith('--editable=')) {
      const target = arg.startsWith('--editable=') ? arg.slice('--editable='.length) : rest[++index];
      if (target !== undefined && !isLocal(target) && !isDynamic(target) && !isPinnedUrl(target)) problems.push(unpinnedUrl(label, target));
      continue;
    }
    if (arg.startsWith('-')) {
      if (PIP_VALUED.has(arg)) index++;
      continue;
    }
    const problem = judgeRequirement(label, arg, hashed);
    if (problem) problems.push(problem);
  }
  return problems;
}

function judgeRequirement(label: string, spec: string, hashed: boolean): InstallProblem | undefined {
  if (isDynamic(spec) || isLocal(spec)) return undefined;
  const direct = / @ (\S+)$/.exec(spec);
  const url = direct ? direct[1]! : spec.includes('://') || /^(git|hg|svn|bzr)\+/.test(spec) ? spec : undefined;
  if (url !== undefined) return isPinnedUrl(url) ? undefined : unpinnedUrl(label, spec);
  if (!/===?[^=*,<>!~]+$/.test(spec)) {
    return unpinnedPackage(`${label} install ${spec} installs whatever version is newest at run time.`, `pin it: ${packageName(spec)}==<x.y.z> with --require-hashes`);
  }
  if (!hashed) return { kind: 'unhashed-requirements', message: `${label} install ${spec} pins the version but not its content.`, fix: 'add --require-hashes with --hash=sha256:... (or install from a hashed requirements file)' };
  return undefined;
}

function unpinnedUrl(label: string, spec: string): InstallProblem {
  return unpinnedPackage(`${label} install ${spec} installs whatever that URL serves at run time.`, 'pin a VCS URL to a full commit (@<40-hex sha>) or add #sha256=<digest> to an archive URL');
}

/** A directory, wheel or sdist on disk: `.`, `./pkg`, `.[dev]`, `dist/x.whl`, `/abs/path`, `file:` URLs. */
function isLocal(spec: string): boolean {
  if (/^(\.|\/|~|file:)/.test(spec)) return true;
  if (spec.includes('://') || /^(git|hg|svn|bzr)\+/.test(spec) || spec.includes(' @ ')) return false;
  return spec.includes('/') || /\.(whl|tar\.gz|zip|tar\.bz2|tgz)$/.test(spec);
}

/** A VCS URL at a full commit SHA, or an archive URL with a hash fragment. */
function isPinnedUrl(url: string): boolean {
  return FULL_SHA.test(url) || /#(sha256|sha384|sha512)=[0-9a-f]+/i.test(url);
}

function packageName(spec: string): string {
  return spec.split(/[<>=!~[@\s;]/)[0]!;
}
