/**
 * gitleaks rules are Go (RE2) regular expressions; JavaScript's differ in a
 * few places a gitleaks config uses: flag groups scoped to part of a pattern
 * (`(?i)`, `(?i:…)`, `(?-i:…)`, `(?s:…)`), `(?P<name>…)`, `\z`, `\A`, `\Q…\E`
 * and POSIX classes (`[[:alnum:]]`). This rewrites them into an equivalent
 * JavaScript pattern: case-insensitive parts become explicit classes
 * (`a` → `[aA]`) and `.` becomes `[^\n]` or `[\s\S]`, so no JavaScript flag
 * has to cover the whole pattern. Pure.
 */
export interface TranslatedRegex {
  source: string;
  flags: string;
}

interface Mode {
  caseless: boolean;
  dotAll: boolean;
}

const POSIX: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: '\\t\\n\\v\\f\\r ',
  xdigit: '0-9A-Fa-f',
  punct: '!-\\/:-@\\[-`{-~',
  word: '\\w',
  blank: '\\t ',
  cntrl: '\\x00-\\x1f\\x7f',
  print: ' -~',
  graph: '!-~',
  ascii: '\\x00-\\x7f',
};

export function goRegexToJs(pattern: string): TranslatedRegex {
  let mode: Mode = { caseless: false, dotAll: false };
  let multiline = false;
  const stack: Mode[] = [];
  let out = '';
  let at = 0;
  while (at < pattern.length) {
    const char = pattern[at]!;
    if (char === '\\') {
      const next = pattern[at + 1] ?? '';
      if (next === 'z') out += '(?![\\s\\S])';
      else if (next === 'A') out += '(?<![\\s\\S])';
      else if (next === 'Q') {
        const end = pattern.indexOf('\\E', at + 2);
        const literal = pattern.slice(at + 2, end < 0 ? pattern.length : end);
        for (const piece of literal) out += /[\\^$.*+?()[\]{}|/]/.test(piece) ? `\\${piece}` : literalOf(piece, mode);
        at = end < 0 ? pattern.length : end + 2;
        continue;
      } else out += `\\${next}`;
      at += 2;
      continue;
    }
    if (char === '[') {
      const { text, end } = translateClass(pattern, at, mode);
      out += text;
      at = end;
      continue;
    }
    if (char === '(') {
      if (pattern.startsWith('(?P<', at)) {
        stack.push(mode);
        out += '(?<';
        at += 4;
        continue;
      }
      const flags = /^\(\?([A-Za-z]*)(?:-([A-Za-z]*))?([:)])/.exec(pattern.slice(at, at + 16));
      if (flags) {
        const next = { ...mode };
        for (const flag of flags[1]!) {
          if (flag === 'i') next.caseless = true;
          if (flag === 's') next.dotAll = true;
          if (flag === 'm') multiline = true;
        }
        for (const flag of flags[2] ?? '') {
          if (flag === 'i') next.caseless = false;
          if (flag === 's') next.dotAll = false;
        }
        if (flags[3] === ':') {
          stack.push(mode);
          out += '(?:';
        }
        mode = next;
        at += flags[0].length;
        continue;
      }
      stack.push(mode);
      out += '(';
      at++;
      continue;
    }
    if (char === ')') {
      mode = stack.pop() ?? mode;
      out += ')';
      at++;
      continue;
    }
    if (char === '.') out += mode.dotAll ? '[\\s\\S]' : '[^\\n]';
    else out += literalOf(char, mode);
    at++;
  }
  return { source: out, flags: multiline ? 'm' : '' };
}

function literalOf(char: string, mode: Mode): string {
  if (mode.caseless && char.toLowerCase() !== char.toUpperCase()) return `[${char.toLowerCase()}${char.toUpperCase()}]`;
  // Metacharacters come through as they are: a literal one was escaped in the pattern and took the escape branch.
  return char;
}

/** A bracket class from `[` to its `]`, with POSIX classes expanded and letters in both cases where caseless. */
function translateClass(pattern: string, start: number, mode: Mode): { text: string; end: number } {
  let at = start + 1;
  let negated = false;
  if (pattern[at] === '^') {
    negated = true;
    at++;
  }
  let body = '';
  let extra = '';
  let first = true;
  while (at < pattern.length && (pattern[at] !== ']' || first)) {
    first = false;
    const posix = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(at, at + 12));
    if (posix && POSIX[posix[2]!]) {
      body += posix[1] ? '' : POSIX[posix[2]!];
      at += posix[0].length;
      continue;
    }
    if (pattern[at] === '\\') {
      body += pattern.slice(at, at + 2);
      at += 2;
      continue;
    }
    const char = pattern[at]!;
    const range = pattern[at + 1] === '-' && pattern[at + 2] !== undefined && pattern[at + 2] !== ']' ? pattern[at + 2]! : undefined;
    if (range !== undefined) {
      body += `${escapeInClass(char)}-${escapeInClass(range)}`;
      if (mode.caseless && /[a-z]/.test(char) && /[a-z]/.test(range)) extra += `${char.toUpperCase()}-${range.toUpperCase()}`;
      if (mode.caseless && /[A-Z]/.test(char) && /[A-Z]/.test(range)) extra += `${char.toLowerCase()}-${range.toLowerCase()}`;
      at += 3;
      continue;
    }
    body += escapeInClass(char);
    if (mode.caseless && char.toLowerCase() !== char.toUpperCase()) extra += char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase();
    at++;
  }
  return { text: `[${negated ? '^' : ''}${body}${extra}]`, end: at + 1 };
}

function escapeInClass(char: string): string {
  return char === '[' || char === '/' ? `\\${char}` : char;
}
