/**
 * A POSIX-shell tokenizer for the part of `run:` scripts pin-check judges:
 * simple commands with their words (quotes removed), the line each starts on,
 * and which pipeline they belong to. It follows `&&`, `||`, `;`, `|`, `&`,
 * newlines, line continuations, comments, quoting, `$(...)`, `<(...)` and
 * GitHub `${{ }}` expressions. It is not a shell: no expansion happens.
 * It runs over every `run:` script of a repository, so it reads char codes
 * and keeps its cursor in fields rather than allocating per character.
 */
import { codeSet, countNewlines, indexOrEnd, isFdChar, matchingParen, OPEN_PAREN, operatorLength, redirectOperator } from './scan.js';

export interface ShellCommand {
  words: string[];
  /** 0-based line within the script. */
  line: number;
  /** Commands joined by `|` share a pipeline number. */
  pipeline: number;
  /** `>file`, `>>file`, `<file` with their targets (absent when there are none). */
  redirects?: Redirect[];
  /** Bodies of `<<EOF` heredocs the command reads (absent when there are none). */
  heredocs?: HeredocBody[];
}

export interface Redirect {
  operator: string;
  /** The file descriptor written before the operator (`2>`), if any. */
  fd?: number;
  target: string;
}

export interface HeredocBody {
  text: string;
  /** 0-based line of the body's first line within the script. */
  line: number;
}

export function tokenizeShell(script: string): ShellCommand[] {
  return new ShellTokenizer(script).commands();
}

interface PendingHeredoc {
  delimiter: string;
  stripTabs: boolean;
  body: HeredocBody;
}

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const TAB = 9;
const BACKSLASH = 92;
const DOLLAR = 36;
const LESS = 60;
const GREATER = 62;

/** Characters of a plain word part; `$` ends one only where `$(` or `${{` starts (`$HOME` and `${x}` stay in the word). */
const PLAIN_RUN = /(?:[^ \t\r\n'"\\|&;()<>{}$]|\$(?!\(|\{\{))+/y;
/** Characters that end a redirection's target. */
const TARGET_STOP = codeSet(' \t\r\n|&;()<>');

class ShellTokenizer {
  private index = 0;
  private line = 0;
  private readonly found: ShellCommand[] = [];
  private words: string[] = [];
  private word: string | undefined;
  private startLine = 0;
  private pipeline = 0;
  /** Heredocs whose bodies start after the current line. */
  private heredocs: PendingHeredoc[] = [];
  /** Redirections and heredocs of the command being read. */
  private redirects: Redirect[] | undefined;
  private bodies: HeredocBody[] | undefined;

  constructor(private readonly script: string) {}

  commands(): ShellCommand[] {
    const script = this.script;
    while (this.index < script.length) {
      const code = script.charCodeAt(this.index);
      if (code === BACKSLASH && script.charCodeAt(this.index + 1) === NEWLINE) {
        this.index += 2;
        this.line++;
      } else if (code === NEWLINE) {
        this.endCommand(false);
        this.line++;
        this.index++;
        if (this.heredocs.length > 0) this.skipHeredocBodies();
      } else if (code === SPACE || code === TAB || code === CARRIAGE_RETURN) {
        this.endWord();
        this.index++;
      } else if (code === 35 /* # */ && this.word === undefined) {
        this.index = indexOrEnd(script, '\n', this.index);
      } else if ((code === GREATER || code === LESS) && script.charCodeAt(this.index + 1) !== OPEN_PAREN) {
        // A redirection: not a word; its fd number and target are kept apart, a heredoc's body is read after the line.
        let fd: number | undefined;
        if (this.word !== undefined && /^\d+$/.test(this.word)) {
          fd = Number(this.word);
          this.word = undefined;
        }
        this.endWord();
        this.readRedirect(fd);
      } else {
        const operator = operatorLength(script, this.index, code);
        // Control operators end a word anywhere; braces only where a word would start.
        if (operator > 0 && (this.word === undefined || (code !== 123 /* { */ && code !== 125 /* } */))) {
          // `|` and `|&` continue the pipeline; every other operator ends it.
          this.endCommand(code === 124 /* | */ && script.charCodeAt(this.index + 1) !== 124);
          this.index += operator;
        } else {
          this.word = (this.word ?? '') + this.readWordPart();
        }
      }
    }
    this.endCommand(false);
    return this.found;
  }

  private endWord(): void {
    if (this.word !== undefined) {
      if (this.words.length === 0) this.startLine = this.line;
      this.words.push(this.word);
    }
    this.word = undefined;
  }

  private endCommand(continuesPipeline: boolean): void {
    this.endWord();
    if (this.words.length > 0) {
      const command: ShellCommand = { words: this.words, line: this.startLine, pipeline: this.pipeline };
      if (this.redirects) command.redirects = this.redirects;
      if (this.bodies) command.heredocs = this.bodies;
      this.found.push(command);
    }
    this.words = [];
    this.redirects = undefined;
    this.bodies = undefined;
    if (!continuesPipeline) this.pipeline++;
  }

  /** Reads `>file`, `>>file`, `2>&1`, `<in`, `<<<word`; remembers a `<<EOF` delimiter to read the body after the line. */
  private readRedirect(fd: number | undefined): void {
    const script = this.script;
    const start = this.index;
    const operator = redirectOperator(script, start);
    this.index += operator.length;
    while (script.charCodeAt(this.index) === SPACE || script.charCodeAt(this.index) === TAB) this.index++;
    if ((operator === '>&' || operator === '<&') && isFdChar(script.charCodeAt(this.index))) {
      while (isFdChar(script.charCodeAt(this.index))) this.index++;
      return;
    }
    let target = '';
    while (this.index < script.length) {
      const code = script.charCodeAt(this.index);
      if (code < 128 && TARGET_STOP[code] === 1) break;
      target += this.readWordPart();
    }
    if (operator === '<<' || operator === '<<-') {
      const body: HeredocBody = { text: '', line: 0 };
      this.heredocs.push({ delimiter: target, stripTabs: operator === '<<-', body });
      (this.bodies ??= []).push(body);
    } else if (operator !== '<<<') {
      (this.redirects ??= []).push(fd === undefined ? { operator, target } : { operator, fd, target });
    }
  }

  /** Reads the bodies of pending heredocs, which start just after a newline: text, not commands. */
  private skipHeredocBodies(): void {
    const script = this.script;
    for (const heredoc of this.heredocs) {
      const lines: string[] = [];
      heredoc.body.line = this.line;
      while (this.index < script.length) {
        const end = indexOrEnd(script, '\n', this.index);
        const raw = script.slice(this.index, end);
        const text = heredoc.stripTabs ? raw.replace(/^\t+/, '') : raw;
        this.index = end + 1;
        this.line++;
        if (text.trimEnd() === heredoc.delimiter) break;
        lines.push(text);
      }
      heredoc.body.text = lines.join('\n');
    }
    this.heredocs = [];
  }

  /** Reads one quoted, substituted or plain piece of a word at the cursor, and moves past it. */
  private readWordPart(): string {
    const script = this.script;
    const start = this.index;
    const code = script.charCodeAt(start);
    if (code === 39 /* ' */) {
      const end = indexOrEnd(script, "'", start + 1);
      this.line += countNewlines(script, start, end);
      this.index = end + 1;
      return script.slice(start + 1, end);
    }
    if (code === 34 /* " */) return this.readDoubleQuoted();
    if (code === DOLLAR && script.startsWith('{{', start + 1)) {
      const end = script.indexOf('}}', start);
      const stop = end === -1 ? script.length : end + 2;
      this.line += countNewlines(script, start, stop);
      this.index = stop;
      return script.slice(start, stop);
    }
    if ((code === DOLLAR || code === LESS || code === GREATER) && script.charCodeAt(start + 1) === OPEN_PAREN) {
      const end = matchingParen(script, start + 1);
      this.line += countNewlines(script, start, end);
      this.index = end + 1;
      return script.slice(start, end + 1);
    }
    if (code === BACKSLASH && start + 1 < script.length) {
      this.index = start + 2;
      return script[start + 1]!;
    }
    // A run of plain characters, matched natively rather than char by char: most of a script is words.
    PLAIN_RUN.lastIndex = start;
    const end = PLAIN_RUN.test(script) ? PLAIN_RUN.lastIndex : start;
    this.index = end === start ? start + 1 : end;
    return end === start ? script[start]! : script.slice(start, end);
  }

  /** A double-quoted string: `\"`, `\\`, `\$`, `` \` `` and line continuations unescaped; `$(...)` kept whole. */
  private readDoubleQuoted(): string {
    const script = this.script;
    const start = this.index;
    let text = '';
    let run = start + 1;
    let at = run;
    while (at < script.length && script.charCodeAt(at) !== 34) {
      const code = script.charCodeAt(at);
      if (code === BACKSLASH && at + 1 < script.length) {
        const escaped = script[at + 1]!;
        text += script.slice(run, at) + ('"\\$`\n'.includes(escaped) ? (escaped === '\n' ? '' : escaped) : `\\${escaped}`);
        at += 2;
        run = at;
      } else if (code === DOLLAR && script.charCodeAt(at + 1) === OPEN_PAREN) {
        at = matchingParen(script, at + 1) + 1;
      } else {
        at++;
      }
    }
    text += script.slice(run, at);
    this.line += countNewlines(script, start, at);
    this.index = at + 1;
    return text;
  }
}
