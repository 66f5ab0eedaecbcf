import { baseName, optionValue, positionals } from './command-words.js';
import type { Redirect } from './tokenize.js';

/**
 * Downloads, checksum verifications and executions of files, one command at
 * a time: the pieces download-then-run tracking (analyze.ts) puts together.
 * Pure: a command's words (see command-words.ts) and redirections in.
 */
export interface Download {
  tool: string;
  url: string;
  /** Where the content lands (normalized paths); empty when it goes to stdout. */
  outputs: string[];
  /** The content goes to stdout (a pipe, or the log). */
  toStdout: boolean;
}

const CURL_VALUED_SHORT = 'oHdDuAeXwmbcFTxrKEzYyCPQtU';
const CURL_VALUED_LONG = new Set([
  '--output', '--header', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--user', '--user-agent', '--referer',
  '--request', '--write-out', '--max-time', '--connect-timeout', '--retry', '--retry-delay', '--retry-max-time', '--cookie',
  '--cookie-jar', '--form', '--upload-file', '--proxy', '--range', '--config', '--cert', '--cacert', '--capath', '--key',
  '--output-dir', '--dump-header', '--url', '--time-cond', '--limit-rate', '--max-filesize', '--resolve', '--interface',
  '--proto', '--proto-redir', '--oauth2-bearer', '--netrc-file', '--ciphers', '--continue-at', '--speed-limit', '--speed-time',
]);
const WGET_VALUED_SHORT = 'OoaPtTwUeiBQlARDXI';
const WGET_VALUED_LONG = new Set(['--header', '--user', '--password', '--tries', '--timeout', '--wait', '--user-agent', '--directory-prefix', '--output-document', '--output-file', '--input-file', '--execute']);
const AWS_VALUED = new Set(['--bucket', '--key', '--region', '--profile', '--endpoint-url', '--version-id', '--range', '--sse-customer-key', '--expected-bucket-owner', '--output', '--query', '--exclude', '--include', '--storage-class', '--acl']);
const GSUTIL_VALUED = new Set(['-h', '-o', '-p', '-u', '-z', '-s', '-x']);

/** Directories on every runner's and image's PATH: a file downloaded there runs by its bare name. */
const PATH_DIRECTORIES = ['/usr/local/bin', '/usr/bin', '/bin', '/usr/local/sbin', '/usr/sbin', '/sbin', '$HOME/.local/bin', '~/.local/bin', '$HOME/bin', '~/bin', '/opt/bin'];

/** `./x` → `x`, `${HOME}` → `$HOME`, `a//b` → `a/b`: paths written two ways compare equal. */
export function normalizePath(path: string): string {
  let normalized = path.replace(/\$\{(\w+)\}/g, '$$$1').replace(/\/{2,}/g, '/');
  while (normalized.startsWith('./')) normalized = normalized.slice(2);
  return normalized;
}

/** The file name a URL is saved under by `curl -O` and `wget` without `-O`. */
export function urlFileName(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  return path.slice(path.lastIndexOf('/') + 1) || 'index.html';
}

/** A URL that names its content: a path segment (or `@…`) that is a full commit SHA or a sha256 digest. */
export function isContentPinnedUrl(url: string): boolean {
  return /[/@]([0-9a-f]{40}|[0-9a-f]{64}|sha256:[0-9a-f]{64})(?=[/?#]|$)/i.test(url.replace(/[?#].*$/, ''));
}

export function downloadOf(words: readonly string[], redirects: readonly Redirect[] | undefined): Download | undefined {
  const tool = baseName(words[0] ?? '');
  const stdoutFile = redirects?.find((redirect) => (redirect.operator === '>' || redirect.operator === '>>' || redirect.operator === '>|') && (redirect.fd ?? 1) === 1)?.target;
  const download =
    tool === 'curl' ? curlDownload(words.slice(1)) :
    tool === 'wget' ? wgetDownload(words.slice(1)) :
    tool === 'gsutil' || tool === 'gcloud' ? cloudCopy(tool, words.slice(1), 'gs://') :
    tool === 'aws' ? awsDownload(words.slice(1)) :
    undefined;
  if (!download) return undefined;
  if (download.toStdout && stdoutFile !== undefined) return { ...download, outputs: [normalizePath(stdoutFile)], toStdout: false };
  return download;
}

function curlDownload(args: readonly string[]): Download | undefined {
  let url = optionValue(args, ['--url']);
  let output: string | undefined;
  let remoteName = false;
  let directory = optionValue(args, ['--output-dir']);
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--output' || arg.startsWith('--output=')) output = arg === '--output' ? args[++index] : arg.slice('--output='.length);
    else if (arg === '--remote-name' || arg === '--remote-name-all') remoteName = true;
    else if (arg.startsWith('--')) {
      if (CURL_VALUED_LONG.has(arg)) index++;
    } else if (arg.startsWith('-') && arg.length > 1) {
      // A group of short options: the first that takes a value takes the rest of the group or the next word.
      for (let at = 1; at < arg.length; at++) {
        const option = arg[at]!;
        if (option === 'O') remoteName = true;
        if (!CURL_VALUED_SHORT.includes(option)) continue;
        const value = at + 1 < arg.length ? arg.slice(at + 1) : args[++index];
        if (option === 'o') output = value;
        break;
      }
    } else if (url === undefined) {
      url = arg;
    }
  }
  if (url === undefined) return undefined;
  directory = directory === undefined ? '' : `${directory.replace(/\/$/, '')}/`;
  const outputs = output !== undefined && output !== '-' ? [normalizePath(directory + output)] : remoteName ? [normalizePath(directory + urlFileName(url))] : [];
  return { tool: 'curl', url, outputs, toStdout: outputs.length === 0 };
}

function wgetDownload(args: readonly string[]): Download | undefined {
  let output: string | undefined;
  let directory = '';
  let url: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg.startsWith('--output-document=')) output = arg.slice('--output-document='.length);
    else if (arg.startsWith('--directory-prefix=')) directory = arg.slice('--directory-prefix='.length);
    else if (arg.startsWith('--')) {
      if (arg === '--output-document') output = args[++index];
      else if (arg === '--directory-prefix') directory = args[++index] ?? '';
      else if (WGET_VALUED_LONG.has(arg)) index++;
    } else if (arg.startsWith('-') && arg.length > 1) {
      for (let at = 1; at < arg.length; at++) {
        const option = arg[at]!;
        if (!WGET_VALUED_SHORT.includes(option)) continue;
        const value = at + 1 < arg.length ? arg.slice(at + 1) : args[++index];
        if (option === 'O') output = value;
        if (option === 'P') directory = value ?? '';
        break;
      }
    } else if (url === undefined) {
      url = arg;
    }
  }
  if (url === undefined) return undefined;
  if (output === '-') return { tool: 'wget', url, outputs: [], toStdout: true };
  const prefix = directory ? `${directory.replace(/\/$/, '')}/` : '';
  return { tool: 'wget', url, outputs: [normalizePath(output ?? prefix + urlFileName(url))], toStdout: false };
}

/** `gsutil [-m] cp gs://b/o dst`, `gcloud storage cp gs://b/o dst`. */
function cloudCopy(tool: string, args: readonly string[], scheme: string): Download | undefined {
  const words = positionals(args, GSUTIL_VALUED);
  const start = tool === 'gcloud' ? (words[0] === 'storage' && words[1] === 'cp' ? 2 : -1) : words.indexOf('cp') + 1;
  if (start <= 0) return undefined;
  const [source, destination] = words.slice(start);
  if (!source?.startsWith(scheme) || destination === undefined) return undefined;
  return { tool, url: source, outputs: [copyTarget(source, destination)], toStdout: destination === '-' };
}

/** `aws s3 cp s3://b/k dst`, `aws s3api get-object --bucket b --key k dst`. */
function awsDownload(args: readonly string[]): Download | undefined {
  const words = positionals(args, AWS_VALUED);
  if (words[0] === 's3' && words[1] === 'cp') {
    const [source, destination] = words.slice(2);
    if (!source?.startsWith('s3://') || destination === undefined) return undefined;
    return { tool: 'aws s3 cp', url: source, outputs: [copyTarget(source, destination)], toStdout: destination === '-' };
  }
  if (words[0] === 's3api' && words[1] === 'get-object' && words[2] !== undefined) {
    const url = `s3://${optionValue(args, ['--bucket']) ?? '?'}/${optionValue(args, ['--key']) ?? '?'}`;
    return { tool: 'aws s3api get-object', url, outputs: [normalizePath(words[2])], toStdout: false };
  }
  return undefined;
}

function copyTarget(source: string, destination: string): string {
  return normalizePath(destination === '.' || destination.endsWith('/') ? `${destination.replace(/\/?$/, '/')}${urlFileName(source)}`.replace(/^\.\//, '') : destination);
}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh']);
const INTERPRETERS = /^(python|pypy)\d*(\.\d+)*$|^(node|perl|ruby|php|pwsh|powershell)$/;
/** Options of shells and interpreters that take a value (`bash -o pipefail f`, `node -r x f`). */
const RUNNER_VALUED = new Set(['-o', '+o', '-O', '+O', '-r', '--require', '-W', '-X', '-I', '--import', '--loader']);
/** Options after which the program is not a file: `-c 'code'`, `-e`, `-m module`, `-s` (stdin). */
const NOT_A_FILE = /^-(\w*c\w*|e|p|m|s|-eval|-print|Command)$/;

/**
 * What a command runs as a file: the command itself when it is a path
 * (`./x`, `/tmp/x`), the script a shell or interpreter is given (`bash f`,
 * `python3 f`, `source f`, `. f`, `sh < f`), and its bare name (for files
 * downloaded into a PATH directory). Paths are normalized.
 */
export function executedFiles(words: readonly string[], redirects: readonly Redirect[] | undefined): { paths: string[]; bareName?: string } {
  const command = words[0] ?? '';
  // A path, or a variable holding one (`"$INSTALLER"`): the file itself runs.
  if (command.includes('/') || command.startsWith('$')) return { paths: [normalizePath(command)] };
  const tool = command;
  if (!SHELLS.has(tool) && !INTERPRETERS.test(tool) && tool !== 'source' && tool !== '.') return { paths: [], bareName: tool };
  const paths: string[] = [];
  let readsStdin = true;
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    if (word === '--') {
      if (words[index + 1] !== undefined) paths.push(normalizePath(words[index + 1]!));
      readsStdin = false;
      break;
    }
    if (word.startsWith('-') || word.startsWith('+')) {
      if (NOT_A_FILE.test(word)) {
        readsStdin = word === '-s';
        break;
      }
      if (RUNNER_VALUED.has(word)) index++;
      continue;
    }
    if (!word.startsWith('<(') && !word.startsWith('$(')) paths.push(normalizePath(word));
    readsStdin = false;
    break;
  }
  if (readsStdin) {
    const input = redirects?.find((redirect) => redirect.operator === '<')?.target;
    if (input !== undefined) paths.push(normalizePath(input));
  }
  return { paths };
}

/** Whether `path` is where a download to `output` would be found when run by bare name. */
export function runsFromPath(output: string, bareName: string): boolean {
  if (baseName(output) !== bareName) return false;
  const directory = output.slice(0, output.lastIndexOf('/'));
  return PATH_DIRECTORIES.includes(directory);
}

/** Does a shell or interpreter read its program from stdin (`| sh`, `| sudo -E bash -`, `| python3`), not from `-c`, `-m` or a file? */
export function readsProgramFromStdin(words: readonly string[]): boolean {
  const tool = baseName(words[0] ?? '');
  if (!SHELLS.has(tool) && !INTERPRETERS.test(tool)) return false;
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    if (word === '-' || word === '-s' || word === '--') return true;
    if (word.startsWith('-') || word.startsWith('+')) {
      if (NOT_A_FILE.test(word)) return false;
      if (RUNNER_VALUED.has(word)) index++;
      continue;
    }
    return false;
  }
  return true;
}

const CHECKSUM_TOOLS = /^(sha(1|224|256|384|512)sum|shasum|b2sum|cksum|sha256|rhash)$/;
const SIGNATURE_CHECKS: [string, RegExp][] = [
  ['gpg', /^--verify$/],
  ['gpgv', /./],
  ['cosign', /^verify(-blob)?(-attestation)?$/],
  ['minisign', /^-V/],
  ['slsa-verifier', /^verify/],
  ['signify', /^-C$|^-V$/],
];

/**
 * A command that verifies a downloaded file's content: `sha256sum -c`,
 * `shasum -a 256 --check`, a `[ "$(sha256sum f)" = … ]` comparison, a
 * checksum piped into grep/cmp, or a signature check (gpg --verify, cosign
 * verify-blob, minisign -V, gh attestation verify).
 */
export function isVerification(words: readonly string[], pipedInto: readonly (readonly string[])[]): boolean {
  const tool = baseName(words[0] ?? '');
  if (CHECKSUM_TOOLS.test(tool)) {
    if (words.some((word) => word === '--check' || word === '-c' || /^-[a-z]*c[a-z]*$/.test(word))) return true;
    return pipedInto.some((next) => /^(grep|egrep|diff|cmp|test|\[)$/.test(baseName(next[0] ?? '')));
  }
  if ((tool === '[' || tool === '[[' || tool === 'test') && words.some((word) => /\b(sha\d*sum|shasum|b2sum)\b/.test(word))) return true;
  if (tool === 'gh' && words[1] === 'attestation' && words[2] === 'verify') return true;
  if (tool === 'openssl' && words.some((word) => word === '-verify')) return true;
  return SIGNATURE_CHECKS.some(([name, argument]) => tool === name && words.slice(1).some((word) => argument.test(word)));
}
