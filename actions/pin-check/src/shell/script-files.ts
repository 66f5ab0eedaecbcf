/**
 * Which files are shell scripts: `*.sh`/`*.bash`/`*.zsh` unless their
 * shebang names another interpreter (an awk or Python file named `.sh`),
 * files without an extension whose shebang names sh, bash, zsh, dash or
 * ksh, and files a `run:` step runs (`./ci/build`, `bash scripts/x`). Pure.
 */
const SCRIPT_EXTENSION = /\.(sh|bash|zsh)$/;
const SHELL_INTERPRETERS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash']);
/** Extensionless names that are never scripts, so their first bytes are not read. */
const NOT_SCRIPTS = new Set([
  'Makefile', 'GNUmakefile', 'Dockerfile', 'Containerfile', 'LICENSE', 'LICENCE', 'COPYING', 'NOTICE', 'README', 'AUTHORS',
  'CODEOWNERS', 'CONTRIBUTORS', 'CHANGELOG', 'Gemfile', 'Rakefile', 'Procfile', 'Brewfile', 'Vagrantfile', 'Jenkinsfile',
  'Pipfile', 'Justfile', 'justfile', 'Tiltfile', 'BUILD', 'WORKSPACE', 'OWNERS', 'VERSION', 'MAINTAINERS', 'PATENTS',
]);

export function hasScriptExtension(path: string): boolean {
  return SCRIPT_EXTENSION.test(path);
}

/** A file whose first bytes are worth reading for a shebang: no extension, not a well-known non-script. */
export function mayBeShebangScript(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return !name.includes('.') && !NOT_SCRIPTS.has(name);
}

/** The interpreter a `#!` line names (`/usr/bin/env -S bash -e` → bash), or undefined without a shebang. */
export function shebangInterpreter(text: string): string | undefined {
  if (!text.startsWith('#!')) return undefined;
  const end = text.indexOf('\n');
  const words = text.slice(2, end === -1 ? undefined : end).trim().split(/\s+/);
  let program = words[0]?.slice(words[0].lastIndexOf('/') + 1) ?? '';
  if (program === 'env') program = words.slice(1).find((word) => !word.startsWith('-') && !word.includes('=')) ?? '';
  return program;
}

/** Whether a file's text is a shell script, given how it was found. */
export function isShellScript(path: string, text: string, referenced = false): boolean {
  const interpreter = shebangInterpreter(text);
  if (interpreter !== undefined) return SHELL_INTERPRETERS.has(interpreter);
  return hasScriptExtension(path) || (referenced && !/\.\w+$/.test(path));
}

/**
 * Workspace paths of scripts a `run:` script runs: `./x`, `bash path/x`,
 * `sh -e ci/x`, `source x.sh`, `. ./x`, resolved against the step's
 * working directory. Candidates only: the collector reads those that exist.
 */
export function referencedScripts(script: string, workingDirectory = ''): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[\s;&|(])(?:(?:sudo\s+)?(?:ba|z|da|k)?sh\s+(?:-\S+\s+)*|source\s+|\.\s+)?((?:\.{1,2}\/)[\w.\-/]+|[\w.-]+(?:\/[\w.-]+)+)/g;
  for (const match of script.matchAll(pattern)) {
    const written = match[1]!;
    // A bare `dir/file` word only counts after a shell or source: `make dist/app` is not a script.
    const direct = written.startsWith('./') || written.startsWith('../');
    if (!direct && match[0].trim() === written) continue;
    const resolved = resolvePath(workingDirectory, written);
    if (resolved !== undefined) found.push(resolved);
  }
  return found;
}

function resolvePath(directory: string, path: string): string | undefined {
  const parts: string[] = directory.split('/').filter((part) => part !== '' && part !== '.');
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.pop() === undefined) return undefined;
    } else parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}
