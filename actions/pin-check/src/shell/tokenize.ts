/**
 * A POSIX-shell tokenizer for the part of `run:` scripts pin-check judges:
 * simple commands with their words (quotes removed), the line each starts on,
 * and which pipeline they belong to. It follows `&&`, `||`, `;`, `|`, `&`,
 * newlines, line continuations, comments, quoting, `$(...)`, `<(...)` and
 * GitHub `${{ }}` expressions. It is not a shell: no expansion happens.
 */
export interface ShellCommand {
  words: string[];
  /** 0-based line within the script. */
  line: number;
  /** Commands joined by `|` share a pipeline number. */
  pipeline: number;
}

const OPERATORS = ['&&', '||', ';;', '|&', '|', ';', '&', '(', ')', '{', '}'];
const OPERATOR_START = new Set('&|;(){}');
/** Characters that end a plain word part, by char code (a lookup, as this loop runs per character). */
const WORD_STOP = new Uint8Array(128);
for (const char of ' \t\r\n\'"\\|&;()<>{}$') WORD_STOP[char.charCodeAt(0)] = 1;

export function tokenizeShell(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: string[] = [];
  let word: string | undefined;
  let line = 0;
  let startLine = 0;
  let pipeline = 0;
  const heredocs: Redirect['heredoc'][] = [];
  const endWord = () => {
    if (word !== undefined) {
      if (words.length === 0) startLine = line;
      words.push(word);
    }
    word = undefined;
  };
  const endCommand = (operator: string) => {
    endWord();
    if (words.length > 0) commands.push({ words, line: startLine, pipeline });
    words = [];
    if (operator !== '|' && operator !== '|&') pipeline++;
  };
  let i = 0;
  while (i < script.length) {
    const char = script[i]!;
    if (char === '\\' && script[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (char === '\n') {
      endCommand('\n');
      line++;
      i++;
      if (heredocs.length > 0) {
        const [next, skipped] = skipHeredocBodies(script, i, heredocs.splice(0));
        i = next;
        line += skipped;
      }
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') {
      endWord();
      i++;
      continue;
    }
    if (char === '#' && word === undefined) {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    if ((char === '>' || char === '<') && script[i + 1] !== '(') {
      // A redirection: drop it, its fd number and its target; skip a heredoc's body.
      if (word !== undefined && /^\d+$/.test(word)) word = undefined;
      endWord();
      const redirect = readRedirect(script, i);
      if (redirect.heredoc) heredocs.push(redirect.heredoc);
      line += redirect.lines;
      i = redirect.next;
      continue;
    }
    // Control operators end a word anywhere; braces only where a word would start.
    const operator = OPERATOR_START.has(char) ? OPERATORS.find((op) => script.startsWith(op, i)) : undefined;
    if (operator && (word === undefined || (operator !== '{' && operator !== '}'))) {
      endCommand(operator);
      i += operator.length;
      continue;
    }
    const [text, next, lines] = readWordPart(script, i);
    word = (word ?? '') + text;
    line += lines;
    i = next;
  }
  endCommand('\n');
  return commands;
}

interface Redirect {
  next: number;
  lines: number;
  heredoc?: { delimiter: string; stripTabs: boolean };
}

/** Skips `>file`, `>>file`, `2>&1`, `<in`, `<<<word`; for `<<EOF` returns the delimiter to skip the body later. */
function readRedirect(script: string, i: number): Redirect {
  const operator = /^(<<-|<<<|<<|>>|>&|<&|>\||<>|>|<)/.exec(script.slice(i, i + 3))![0];
  let j = i + operator.length;
  while (script[j] === ' ' || script[j] === '\t') j++;
  if ((operator === '>&' || operator === '<&') && /[\d-]/.test(script[j] ?? '')) {
    while (/[\d-]/.test(script[j] ?? '')) j++;
    return { next: j, lines: 0 };
  }
  let target = '';
  let lines = 0;
  while (j < script.length && !' \t\r\n|&;()<>'.includes(script[j]!)) {
    const [text, next, crossed] = readWordPart(script, j);
    target += text;
    lines += crossed;
    j = next;
  }
  const heredoc = operator === '<<' || operator === '<<-' ? { delimiter: target, stripTabs: operator === '<<-' } : undefined;
  return { next: j, lines, heredoc };
}

/** Skips heredoc bodies that start at `from` (just after a newline); returns [next index, lines skipped]. */
function skipHeredocBodies(script: string, from: number, heredocs: Redirect['heredoc'][]): [number, number] {
  let cursor = from;
  let lines = 0;
  for (const heredoc of heredocs) {
    while (cursor < script.length) {
      const end = indexOrEnd(script, '\n', cursor);
      const text = script.slice(cursor, end);
      cursor = end + 1;
      lines++;
      if ((heredoc!.stripTabs ? text.replace(/^\t+/, '') : text).trimEnd() === heredoc!.delimiter) break;
    }
  }
  return [cursor, lines];
}

/** Reads one quoted, substituted or plain piece of a word; returns [text, next index, newlines crossed]. */
function readWordPart(script: string, i: number): [string, number, number] {
  const char = script[i]!;
  if (char === "'") {
    const end = indexOrEnd(script, "'", i + 1);
    return [script.slice(i + 1, end), end + 1, countNewlines(script, i, end)];
  }
  if (char === '"') {
    let text = '';
    let j = i + 1;
    while (j < script.length && script[j] !== '"') {
      if (script[j] === '\\' && j + 1 < script.length) {
        text += '"\\$`\n'.includes(script[j + 1]!) ? (script[j + 1] === '\n' ? '' : script[j + 1]) : script.slice(j, j + 2);
        j += 2;
      } else if (script.startsWith('$(', j)) {
        const end = matchingParen(script, j + 1);
        text += script.slice(j, end + 1);
        j = end + 1;
      } else {
        text += script[j];
        j++;
      }
    }
    return [text, j + 1, countNewlines(script, i, j)];
  }
  if (script.startsWith('${{', i)) {
    const end = script.indexOf('}}', i);
    const stop = end === -1 ? script.length : end + 2;
    return [script.slice(i, stop), stop, countNewlines(script, i, stop)];
  }
  if ((char === '$' || char === '<' || char === '>') && script[i + 1] === '(') {
    const end = matchingParen(script, i + 1);
    return [script.slice(i, end + 1), end + 1, countNewlines(script, i, end)];
  }
  if (char === '\\' && i + 1 < script.length) return [script[i + 1]!, i + 2, 0];
  let j = i;
  for (; j < script.length; j++) {
    const code = script.charCodeAt(j);
    if (code >= 128 || WORD_STOP[code] === 0) continue;
    // `$` ends the part only where `$(` or `${{` starts; `$HOME` and `${x}` stay in the word.
    if (code === 36 && script[j + 1] !== '(' && !script.startsWith('{{', j + 1)) continue;
    break;
  }
  if (j === i) return [char, i + 1, 0];
  return [script.slice(i, j), j, 0];
}

function matchingParen(script: string, open: number): number {
  let depth = 0;
  for (let j = open; j < script.length; j++) {
    if (script[j] === '(') depth++;
    else if (script[j] === ')' && --depth === 0) return j;
  }
  return script.length - 1;
}

function indexOrEnd(script: string, needle: string, from: number): number {
  const index = script.indexOf(needle, from);
  return index === -1 ? script.length : index;
}

function countNewlines(script: string, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to && j < script.length; j++) if (script[j] === '\n') count++;
  return count;
}
