import { Lexer, Parser, type Expr } from '@actions/expressions';
import { ContextAccess, IndexAccess, Literal } from '@actions/expressions/ast';
import { splitTemplate } from './template.js';
import { walkExpression } from './walk.js';

const ALL_CONTEXTS = ['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs'];
const FUNCTIONS = ['success', 'failure', 'cancelled', 'always', 'hashFiles'].map((name) => ({ name, minArgs: 0, maxArgs: 255 }));

/** `needs.build.outputs['x']` → ['needs', 'build', 'outputs', 'x']; stops at the first index that is not a literal. */
function accessPath(node: Expr): string[] | undefined {
  if (node instanceof ContextAccess) return [node.name.lexeme];
  if (!(node instanceof IndexAccess)) return undefined;
  const base = accessPath(node.expr);
  if (!base) return undefined;
  if (node.index instanceof Literal && typeof (node.index.literal as { value?: unknown }).value === 'string') {
    return [...base, String((node.index.literal as { value: string }).value)];
  }
  return base;
}

/** Every expression in a value: strings' `${{ }}` parts, and the whole text of `if:` keys, which need no `${{ }}`. */
export function expressionsIn(value: unknown, isCondition = false): string[] {
  if (typeof value === 'string') {
    const parts = splitTemplate(value, 'wiring check');
    const expressions = parts.filter((part) => part.kind === 'expression').map((part) => part.text);
    return isCondition && expressions.length === 0 ? [value] : expressions;
  }
  if (Array.isArray(value)) return value.flatMap((item) => expressionsIn(item));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => expressionsIn(item, key === 'if'));
  return [];
}

/** The context paths an expression reads (`needs.x.outputs.y`), each as a list of names. */
export function accessPaths(expression: string): string[][] {
  let parsed: Expr;
  try {
    parsed = new Parser(new Lexer(expression).lex().tokens, ALL_CONTEXTS, FUNCTIONS).parse();
  } catch {
    // A bad expression is reported where it is evaluated, with its place.
    return [];
  }
  const paths: string[][] = [];
  walkExpression(parsed, (node) => {
    const path = accessPath(node);
    if (path && path.length > 1) paths.push(path);
  });
  return paths;
}
