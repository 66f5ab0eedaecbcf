import { baseName } from './command-words.js';
import { downloadOf, isContentPinnedUrl } from './downloads.js';
import { effectiveWords } from './command-words.js';
import { tokenizeShell, type ShellCommand } from './tokenize.js';

/**
 * Scripts inside a command: `sh -c "…"`, `bash -ec '…'`, `su -c '…' user`,
 * `eval "…"`, and heredocs fed to a shell (`bash <<EOF`). Each is checked
 * like the script around it. Pure.
 */
export interface NestedScript {
  script: string;
  /** 0-based line of the nested script's first line in the outer script. */
  line: number;
  /** The command that runs it (`sh`, `su`, `eval`), for messages. */
  runner: string;
}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh']);
const SHELL_VALUED = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);

export function nestedScripts(words: readonly string[], command: ShellCommand): NestedScript[] {
  const tool = baseName(words[0] ?? '');
  if (tool === 'eval') return words.length > 1 ? [{ script: words.slice(1).join(' '), line: command.line, runner: 'eval' }] : [];
  if (tool === 'su' || tool === 'runuser') {
    const script = commandString(words);
    return script === undefined ? [] : [{ script, line: command.line, runner: tool }];
  }
  if (!SHELLS.has(tool)) return [];
  const script = commandString(words);
  if (script !== undefined) return [{ script, line: command.line, runner: tool }];
  // No -c and no script file: the shell reads its program from stdin, here a heredoc.
  const file = words.slice(1).find((word, index, rest) => !word.startsWith('-') && !word.startsWith('+') && !SHELL_VALUED.has(rest[index - 1] ?? ''));
  if (file !== undefined || !command.heredocs) return [];
  return command.heredocs.map((body) => ({ script: body.text, line: body.line, runner: tool }));
}

/** The string after `-c` (also inside an option group: `-ec`, `-lc`) or `--command`. */
function commandString(words: readonly string[]): string | undefined {
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    if (word === '--command') return words[index + 1];
    if (word.startsWith('--command=')) return word.slice('--command='.length);
    if (word === '--') return undefined;
    if (SHELL_VALUED.has(word)) {
      index++;
      continue;
    }
    if (/^-[A-Za-z]*c[A-Za-z]*$/.test(word)) {
      // The command string is the next word that is not itself an option.
      for (let next = index + 1; next < words.length; next++) if (!words[next]!.startsWith('-')) return words[next];
      return undefined;
    }
  }
  return undefined;
}

/**
 * A word that fetches a script as it runs: `$(curl …)`, `` `wget -O- …` ``,
 * `<(curl …)`. The downloader and URL, or undefined (also for a URL pinned
 * to its content).
 */
export function fetchedBy(word: string): { downloader: string; url: string } | undefined {
  let inner: string;
  if (word.startsWith('$(') || word.startsWith('<(')) inner = word.slice(2, word.endsWith(')') ? -1 : undefined);
  else if (word.startsWith('`')) inner = word.slice(1, word.endsWith('`') ? -1 : undefined);
  else return undefined;
  const first = tokenizeShell(inner)[0];
  if (!first) return undefined;
  const download = downloadOf(effectiveWords(first.words), first.redirects);
  if (!download || !download.toStdout || isContentPinnedUrl(download.url)) return undefined;
  return { downloader: download.tool, url: download.url };
}
