/**
 * Character-level helpers of the shell tokenizer (tokenize.ts): operators,
 * redirections, parentheses and line counting over a script's char codes. Pure.
 */
export const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const NEWLINE = 10;

export function codeSet(chars: string): Uint8Array {
  const set = new Uint8Array(128);
  for (const char of chars) set[char.charCodeAt(0)] = 1;
  return set;
}

/** Length of the control operator at `index`, or 0 (longest first: `&&` before `&`). */
export function operatorLength(script: string, index: number, code: number): number {
  const next = script.charCodeAt(index + 1);
  switch (code) {
    case 38 /* & */:
      return next === 38 ? 2 : 1;
    case 124 /* | */:
      return next === 124 || next === 38 ? 2 : 1;
    case 59 /* ; */:
      return next === 59 ? 2 : 1;
    case OPEN_PAREN:
    case CLOSE_PAREN:
    case 123 /* { */:
    case 125 /* } */:
      return 1;
    default:
      return 0;
  }
}

const REDIRECT_OPERATORS = ['<<-', '<<<', '<<', '>>', '>&', '<&', '>|', '<>', '>', '<'];

export function redirectOperator(script: string, index: number): string {
  return REDIRECT_OPERATORS.find((operator) => script.startsWith(operator, index))!;
}

export function isFdChar(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 45; // digits, `-`
}

export function matchingParen(script: string, open: number): number {
  let depth = 0;
  for (let at = open; at < script.length; at++) {
    const code = script.charCodeAt(at);
    if (code === OPEN_PAREN) depth++;
    else if (code === CLOSE_PAREN && --depth === 0) return at;
  }
  return script.length - 1;
}

export function indexOrEnd(script: string, needle: string, from: number): number {
  const index = script.indexOf(needle, from);
  return index === -1 ? script.length : index;
}

export function countNewlines(script: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to && at < script.length; at++) if (script.charCodeAt(at) === NEWLINE) count++;
  return count;
}
