import { baseName, effectiveWords } from './command-words.js';
import { downloadOf, executedFiles, isContentPinnedUrl, isVerification, readsProgramFromStdin, runsFromPath } from './downloads.js';
import { fetchedBy, nestedScripts } from './nested.js';
import { packageProblems } from './packages/index.js';
import type { InstallProblem, PackageContext } from './problems.js';
import { tokenizeShell, type ShellCommand } from './tokenize.js';

/**
 * The shell engine: judges every command of the scripts of one group (the
 * steps of a job, the RUN lines of a Dockerfile stage, one script file) in
 * the order they run. Besides each command on its own (package installs,
 * `curl | sh`, `bash <(curl …)`), it follows files downloaded in one command
 * and run in a later one, in the same script or a later one of the group,
 * unless a checksum or signature was verified in between or the URL names
 * its content. Nested scripts (`sh -c`, `su -c`, `eval`, heredocs fed to a
 * shell) are read as scripts of their own. Pure: text in, problems out.
 */
export interface ScriptProblem {
  /** 0-based line within the analysed script. */
  line: number;
  problem: InstallProblem;
}

interface PendingDownload {
  output: string;
  tool: string;
  url: string;
  /** Where it was downloaded, for messages about a later script ("line 12 of ci.yml"). */
  where: string;
  verified: boolean;
  reported: boolean;
}

const MAX_NESTING = 3;
const DOWNLOADERS = new Set(['curl', 'wget', 'gsutil', 'gcloud', 'aws']);
/** Commands that can run a script of their own (nested.ts). */
const NESTING = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'su', 'runuser', 'eval']);
const NONE: readonly (readonly string[])[] = [];
const SHELLS_AND_SOURCES = /^(sh|bash|zsh|dash|ksh|ash|mksh|source|\.|(python|pypy)\d*(\.\d+)*|node|perl|ruby)$/;
const FETCH_FIX = 'download a pinned release (a URL at a commit SHA), verify its checksum (sha256sum -c), then run it';

/**
 * Problems of scripts whose verdict depends only on their text: judged with
 * no download pending and leaving none. Shared by the analyzers of one
 * repository, because workflows repeat the same steps (`npm ci`, `pip install
 * -r requirements.txt`, a matrix of copies) far more often than they differ.
 */
export type VerdictCache = Map<string, ScriptProblem[]>;

export class ScriptAnalyzer {
  private readonly downloads: PendingDownload[] = [];
  /**
   * Downloads neither verified nor reported yet, counted as they change: every script of a group asks (twice), and
   * a job's list of downloads only grows, so searching it each time cost more than the scripts without any.
   */
  private unsettled = 0;

  constructor(private readonly context: PackageContext, private readonly cache: VerdictCache = new Map()) {}

  /** Whether a later script could run something downloaded earlier (scripts without any tool can then not be skipped). */
  get hasUnverifiedDownloads(): boolean {
    return this.unsettled > 0;
  }

  /** A download made outside a script (a Dockerfile `ADD <url>`); `verified` when it carries a checksum. */
  recordDownload(download: { output: string; tool: string; url: string; where: string; verified: boolean }): void {
    if (!isContentPinnedUrl(download.url)) this.addDownload({ ...download, reported: false });
  }

  private addDownload(download: PendingDownload): void {
    this.downloads.push(download);
    if (!download.verified && !download.reported) this.unsettled++;
  }

  /** Problems of one script of the group; `describe(line)` names one of its lines for messages about later scripts. */
  analyze(script: string, describe: (line: number) => string): ScriptProblem[] {
    const independent = !this.hasUnverifiedDownloads;
    if (independent) {
      const known = this.cache.get(script);
      if (known) return known;
    }
    const found: ScriptProblem[] = [];
    const downloadsBefore = this.downloads.length;
    this.visit(tokenizeShell(script), 0, 0, undefined, describe, found);
    if (independent && this.downloads.length === downloadsBefore) this.cache.set(script, found);
    return found;
  }

  private visit(commands: readonly ShellCommand[], offset: number, depth: number, runner: string | undefined, describe: (line: number) => string, found: ScriptProblem[]): void {
    const own = commands.map((command) => effectiveWords(command.words));
    for (let index = 0; index < commands.length; index++) {
      const command = commands[index]!;
      const words = own[index]!;
      const tool = baseName(words[0] ?? '');
      const line = offset + command.line;
      for (const problem of packageProblems(tool, words, this.context)) found.push({ line, problem });
      const fetched = this.fetchedScript(tool, words, runner);
      if (fetched) found.push({ line, problem: fetched });
      // Most commands download, verify and nest nothing: the checks below start with a cheap test of the tool.
      const piped = DOWNLOADERS.has(tool) || this.unsettled > 0 ? laterInPipeline(commands, own, index) : NONE;
      const download = DOWNLOADERS.has(tool) ? downloadOf(words, command.redirects) : undefined;
      if (download && !isContentPinnedUrl(download.url)) {
        const shell = download.toStdout ? piped.find(readsProgramFromStdin) : undefined;
        if (shell) {
          found.push({ line, problem: { kind: 'pipe-to-shell', message: `${download.tool} output is piped into ${baseName(shell[0]!)}: whatever the server returns today runs with the job's permissions.`, fix: FETCH_FIX } });
        }
        for (const output of download.outputs) this.addDownload({ output, tool: download.tool, url: download.url, where: describe(line), verified: false, reported: false });
      }
      if (this.unsettled > 0) {
        if (isVerification(words, piped)) this.verifyAll();
        else this.checkExecution(words, command, line, found);
      }
      if (depth < MAX_NESTING && NESTING.has(tool)) {
        for (const nested of nestedScripts(words, command)) this.visit(tokenizeShell(nested.script), offset + nested.line, depth + 1, nested.runner, describe, found);
      }
    }
  }

  /** A checksum or signature checked: every download so far counts as verified. */
  private verifyAll(): void {
    for (const pending of this.downloads) pending.verified = true;
    this.unsettled = 0;
  }

  /** `bash <(curl …)`, `source <(wget -O- …)`, or, inside `sh -c`/`eval`, `$(curl …)` run as the command itself. */
  private fetchedScript(tool: string, words: readonly string[], runner: string | undefined): InstallProblem | undefined {
    let source: ReturnType<typeof fetchedBy>;
    let by = tool;
    const first = words[0] ?? '';
    if (first.startsWith('$(') || first.startsWith('`') || first.startsWith('<(')) {
      source = fetchedBy(words[0]!);
      by = runner ?? 'the shell';
    } else if (SHELLS_AND_SOURCES.test(tool)) {
      const program = words.slice(1).find((word) => !word.startsWith('-'));
      const optionsBefore = words.slice(1, program === undefined ? undefined : words.indexOf(program, 1));
      // `sh -c "$(curl …)"` is read as a nested script instead; `python -m x <(…)` passes a file to a module.
      if (program !== undefined && !optionsBefore.some((option) => /^-(\w*c\w*|m|e)$/.test(option))) source = fetchedBy(program);
    }
    if (!source) return undefined;
    return { kind: 'fetched-script', message: `${by} runs a script fetched at run time (${source.downloader}): its content is not pinned.`, fix: FETCH_FIX };
  }

  private checkExecution(words: readonly string[], command: ShellCommand, line: number, found: ScriptProblem[]): void {
    const executed = executedFiles(words, command.redirects);
    for (const pending of this.downloads) {
      if (pending.verified || pending.reported) continue;
      const runs = executed.paths.includes(pending.output) || (executed.bareName !== undefined && runsFromPath(pending.output, executed.bareName));
      if (!runs) continue;
      pending.reported = true;
      this.unsettled--;
      found.push({
        line,
        problem: {
          kind: 'download-then-run',
          message: `${commandText(words)} runs ${pending.output}, downloaded by ${pending.tool} at ${pending.where} from ${pending.url} with no checksum verified in between: its content is not pinned.`,
          fix: FETCH_FIX,
        },
      });
    }
  }
}

/** A command as one short line, for messages. */
function commandText(words: readonly string[]): string {
  const text = words.join(' ').replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The commands after `index` in its pipeline (`curl … | tee x | sh`). */
function laterInPipeline(commands: readonly ShellCommand[], own: readonly (readonly string[])[], index: number): (readonly string[])[] {
  const later: (readonly string[])[] = [];
  const pipeline = commands[index]!.pipeline;
  for (let next = index + 1; next < commands.length && commands[next]!.pipeline === pipeline; next++) later.push(own[next]!);
  return later;
}
