import { data, Evaluator, Lexer, Parser, type Expr } from '@actions/expressions';
import { FunctionCall } from '@actions/expressions/ast';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { WorkflowRunnerError } from '../errors.js';
import { asText, fromData, isTruthy, toData, type Plain } from './expression-data.js';
import { splitTemplate } from './template.js';
import { walkExpression } from './walk.js';

/** What the status functions answer where an expression is evaluated (job level or step level). */
export interface Status {
  success: boolean;
  failure: boolean;
  cancelled: boolean;
}

/** The contexts available at one place of a workflow, by name, and the status there. */
export interface Scope {
  contexts: Record<string, unknown>;
  status?: Status;
  /** Where the expression comes from, for error messages: `file.yml: jobs.build.steps[2].with.x`. */
  where: string;
}

const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always'] as const;

function statusFunctions(status: Status | undefined): Map<string, FunctionDefinition> {
  const answer = (name: (typeof STATUS_FUNCTIONS)[number]) => (name === 'always' ? true : (status?.[name] ?? false));
  const functions = new Map<string, FunctionDefinition>();
  for (const name of STATUS_FUNCTIONS) {
    functions.set(name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(answer(name)) });
  }
  functions.set('hashfiles', {
    name: 'hashFiles',
    minArgs: 1,
    maxArgs: 255,
    call: () => {
      throw new WorkflowRunnerError('unsupported', 'hashFiles() is not supported by the workflow runner');
    },
  });
  return functions;
}

/** Parses one expression (the text between `${{` and `}}`), allowing only the scope's contexts. */
function parseExpression(text: string, scope: Scope): Expr {
  try {
    const lexed = new Lexer(text).lex();
    const functions = [...statusFunctions(undefined).values()].map(({ name, minArgs, maxArgs }) => ({ name, minArgs, maxArgs }));
    return new Parser(lexed.tokens, Object.keys(scope.contexts), functions).parse();
  } catch (error) {
    throw new WorkflowRunnerError('expression', `${scope.where}: cannot parse \${{ ${text} }}: ${(error as Error).message}`);
  }
}

function evaluateParsed(expr: Expr, text: string, scope: Scope): data.ExpressionData {
  const context = toData(scope.contexts) as data.Dictionary;
  try {
    return new Evaluator(expr, context, statusFunctions(scope.status)).evaluate();
  } catch (error) {
    if (error instanceof WorkflowRunnerError) throw new WorkflowRunnerError(error.code, `${scope.where}: ${error.message}`);
    throw new WorkflowRunnerError('expression', `${scope.where}: cannot evaluate \${{ ${text} }}: ${(error as Error).message}`);
  }
}

/**
 * Evaluates a value as the runner does: every string with `${{ }}` in it, at
 * any depth. A string that is one expression alone keeps the expression's type
 * (so a typed `with:` input can receive a number or boolean); text around
 * expressions makes a string.
 */
export function evaluateValue(value: unknown, scope: Scope): Plain {
  if (typeof value === 'string') return evaluateString(value, scope);
  if (Array.isArray(value)) return value.map((item, index) => evaluateValue(item, { ...scope, where: `${scope.where}[${index}]` }));
  if (value && typeof value === 'object') {
    const result: Record<string, Plain> = {};
    for (const [key, item] of Object.entries(value)) result[evaluateString(key, scope) as string] = evaluateValue(item, { ...scope, where: `${scope.where}.${key}` });
    return result;
  }
  return (value ?? null) as Plain;
}

function evaluateString(text: string, scope: Scope): Plain {
  const parts = splitTemplate(text, scope.where);
  if (parts.length === 1 && parts[0]!.kind === 'expression') {
    const source = parts[0]!.text;
    return fromData(evaluateParsed(parseExpression(source, scope), source, scope));
  }
  return parts.map((part) => (part.kind === 'text' ? part.text : asText(evaluateParsed(parseExpression(part.text, scope), part.text, scope)))).join('');
}

/** A value evaluated to a string, as env values, `run:` scripts and action inputs are. */
export function evaluateText(value: unknown, scope: Scope): string {
  const result = evaluateValue(value, scope);
  if (result === null) return '';
  return typeof result === 'object' ? asText(toData(result)) : String(result);
}

function callsStatusFunction(expr: Expr): boolean {
  let found = false;
  walkExpression(expr, (node) => {
    if (node instanceof FunctionCall && (STATUS_FUNCTIONS as readonly string[]).includes(node.functionName.lexeme.toLowerCase())) found = true;
  });
  return found;
}

/**
 * An `if:` as the runner reads it: `${{ }}` optional around the whole, and an
 * implicit `success() &&` unless the condition calls a status function itself.
 */
export function evaluateCondition(condition: unknown, scope: Scope): boolean {
  if (condition === undefined || condition === null) return scope.status?.success ?? true;
  if (typeof condition === 'boolean' || typeof condition === 'number') return evaluateCondition(String(condition), scope);
  let text = String(condition).trim();
  const parts = splitTemplate(text, scope.where);
  if (parts.length === 1 && parts[0]!.kind === 'expression') text = parts[0]!.text;
  else if (parts.some((part) => part.kind === 'expression')) {
    throw new WorkflowRunnerError('unsupported', `${scope.where}: an if: that mixes \${{ }} with other text is not supported; write the whole condition as one expression`);
  }
  const expr = parseExpression(text, scope);
  if (!callsStatusFunction(expr) && !(scope.status?.success ?? true)) return false;
  return isTruthy(evaluateParsed(expr, text, scope));
}
