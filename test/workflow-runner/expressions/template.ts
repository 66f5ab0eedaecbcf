import { WorkflowRunnerError } from '../errors.js';

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'expression'; text: string };

/**
 * Splits `a ${{ x }} b` into text and expressions. The closing `}}` is the
 * first one outside a single-quoted string literal, as the runner reads it,
 * so `${{ format('}}') }}` is one expression.
 */
export function splitTemplate(value: string, where: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let rest = value;
  for (;;) {
    const open = rest.indexOf('${{');
    if (open < 0) break;
    if (open > 0) parts.push({ kind: 'text', text: rest.slice(0, open) });
    const close = closingBraces(rest, open + 3);
    if (close < 0) throw new WorkflowRunnerError('expression', `${where}: unclosed \${{ in "${value}"`);
    parts.push({ kind: 'expression', text: rest.slice(open + 3, close).trim() });
    rest = rest.slice(close + 2);
  }
  if (rest !== '' || parts.length === 0) parts.push({ kind: 'text', text: rest });
  return parts;
}

function closingBraces(text: string, from: number): number {
  let inString = false;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "'") {
      // '' inside a literal is an escaped quote: the toggle twice leaves it inside.
      inString = !inString;
    } else if (!inString && text[i] === '}' && text[i + 1] === '}') {
      return i;
    }
  }
  return -1;
}

