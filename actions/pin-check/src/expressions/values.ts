import { Unresolved, type Combination } from './matrix.js';

/**
 * The values a string with `${{ }}` expressions can take before the run:
 * string literals, `matrix.*` (per combination), `||`/`&&` (so
 * `inputs.image || 'node:20'` may be 'node:20'), `format()` and
 * `fromJSON()` of known text. Anything only the run knows (inputs, env,
 * vars, needs, steps…) is unresolved and named, never guessed. A small
 * evaluator, not GitHub's: it answers "which values", not "which one". Pure.
 */
export interface TemplateValues {
  /** Every value it can take that is fully known. */
  values: string[];
  /** What could not be known, e.g. `inputs.image`. */
  unresolved: string[];
}

type Candidate = { value: unknown } | Unresolved;

const MAX_CANDIDATES = 64;
/** A falsy value that stands for "the left side of && was false": it renders as nothing. */
const FALSY = Symbol('falsy');

export function templateValues(text: string, matrix: Combination | undefined): TemplateValues {
  let partial: (string | Unresolved)[] = [''];
  let cursor = 0;
  while (cursor < text.length) {
    const open = text.indexOf('${{', cursor);
    const close = open === -1 ? -1 : text.indexOf('}}', open + 3);
    if (open === -1 || close === -1) {
      partial = partial.map((prefix) => (prefix instanceof Unresolved ? prefix : prefix + text.slice(cursor)));
      break;
    }
    const literal = text.slice(cursor, open);
    const candidates = evaluate(text.slice(open + 3, close), matrix);
    const next: (string | Unresolved)[] = [];
    for (const prefix of partial) {
      for (const candidate of candidates) {
        if (next.length >= MAX_CANDIDATES) break;
        if (prefix instanceof Unresolved) next.push(prefix);
        else if (candidate instanceof Unresolved) next.push(candidate);
        else next.push(prefix + literal + render(candidate.value));
      }
    }
    partial = next;
    cursor = close + 2;
  }
  const values = [...new Set(partial.filter((value): value is string => typeof value === 'string'))];
  const unresolved = [...new Set(partial.filter((value): value is Unresolved => value instanceof Unresolved).map((value) => value.why))];
  return { values, unresolved };
}

function render(value: unknown): string {
  if (value === null || value === FALSY || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function truthy(value: unknown): boolean {
  return !(value === false || value === 0 || value === '' || value === null || value === undefined || value === FALSY || Number.isNaN(value));
}

type Token = { kind: 'string' | 'number' | 'name' | 'op'; text: string };

function tokenize(source: string): Token[] | undefined {
  const tokens: Token[] = [];
  const pattern = /\s*(?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w-]*(?:\s*(?:\.\s*[A-Za-z_*][\w-]*|\[\s*'(?:[^']|'')*'\s*\]|\[\s*\d+\s*\]))*)|(\|\||&&|==|!=|<=|>=|[<>!(),]))/y;
  let index = 0;
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) return undefined;
    if (match[1] !== undefined) tokens.push({ kind: 'string', text: match[1].replace(/''/g, "'") });
    else if (match[2] !== undefined) tokens.push({ kind: 'number', text: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: 'name', text: match[3].replace(/\s+/g, '') });
    else tokens.push({ kind: 'op', text: match[4]! });
    index = pattern.lastIndex;
  }
  return tokens;
}

function evaluate(source: string, matrix: Combination | undefined): Candidate[] {
  const tokens = tokenize(source);
  if (!tokens) return [new Unresolved(source.trim())];
  const parser = new Parser(tokens, matrix, source.trim());
  const result = parser.or();
  return parser.done() ? result : [new Unresolved(source.trim())];
}

/** Recursive descent over GitHub's expression grammar: || over && over comparisons over ! over primaries. */
class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[], private readonly matrix: Combination | undefined, private readonly source: string) {}

  done(): boolean {
    return this.index === this.tokens.length;
  }

  or(): Candidate[] {
    let left = this.and();
    while (this.take('||')) {
      const right = this.and();
      left = limit(left.flatMap((candidate) => (candidate instanceof Unresolved ? [candidate, ...right] : truthy(candidate.value) ? [candidate] : right)));
    }
    return left;
  }

  private and(): Candidate[] {
    let left = this.comparison();
    while (this.take('&&')) {
      const right = this.comparison();
      left = limit(left.flatMap((candidate) => (candidate instanceof Unresolved ? [...right, { value: FALSY }] : truthy(candidate.value) ? right : [candidate])));
    }
    return left;
  }

  private comparison(): Candidate[] {
    const left = this.unary();
    const operator = this.peekOperator(['==', '!=', '<', '>', '<=', '>=']);
    if (!operator) return left;
    this.index++;
    const right = this.unary();
    if (left.length === 1 && right.length === 1 && !(left[0] instanceof Unresolved) && !(right[0] instanceof Unresolved)) {
      const [a, b] = [left[0].value, right[0].value];
      const equal = typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
      if (operator === '==') return [{ value: equal }];
      if (operator === '!=') return [{ value: !equal }];
    }
    return [{ value: true }, { value: false }];
  }

  private unary(): Candidate[] {
    if (this.take('!')) {
      const operand = this.unary();
      return operand.length === 1 && !(operand[0] instanceof Unresolved) ? [{ value: !truthy(operand[0].value) }] : [{ value: true }, { value: false }];
    }
    return this.primary();
  }

  private primary(): Candidate[] {
    const token = this.tokens[this.index++];
    if (!token) return [new Unresolved(this.source)];
    if (token.kind === 'string') return [{ value: token.text }];
    if (token.kind === 'number') return [{ value: Number(token.text) }];
    if (token.kind === 'op') {
      if (token.text !== '(') return [new Unresolved(this.source)];
      const inner = this.or();
      this.take(')');
      return inner;
    }
    if (this.take('(')) return this.call(token.text);
    return [this.lookup(token.text)];
  }

  private call(name: string): Candidate[] {
    const args: Candidate[][] = [];
    while (!this.take(')') && this.index < this.tokens.length) {
      args.push(this.or());
      this.take(',');
    }
    const lower = name.toLowerCase();
    if (lower === 'format' && args.length > 0) {
      let results: Candidate[] = args[0]!;
      for (const [position, options] of args.slice(1).entries()) {
        results = limit(results.flatMap((partial) => options.map((option): Candidate => {
          if (partial instanceof Unresolved) return partial;
          if (option instanceof Unresolved) return option;
          return { value: String(partial.value).split(`{${position}}`).join(render(option.value)) };
        })));
      }
      return results;
    }
    if (lower === 'fromjson' && args.length === 1) {
      return args[0]!.map((candidate) => {
        if (candidate instanceof Unresolved || typeof candidate.value !== 'string') return candidate instanceof Unresolved ? candidate : new Unresolved(`${name}(…)`);
        try {
          return { value: JSON.parse(candidate.value) as unknown };
        } catch {
          return new Unresolved(`${name}(…)`);
        }
      });
    }
    return [new Unresolved(`${name}(…)`)];
  }

  /** `matrix.a.b` within the combination; every other context is only known at run time. */
  private lookup(path: string): Candidate {
    const parts = path.split(/\.|\[\s*'?|'?\s*\]/).filter((part) => part !== '');
    if (parts[0]?.toLowerCase() === 'true') return { value: true };
    if (parts[0]?.toLowerCase() === 'false') return { value: false };
    if (parts[0]?.toLowerCase() === 'null') return { value: null };
    if (parts[0] !== 'matrix' || this.matrix === undefined) return new Unresolved(path);
    let value: unknown = this.matrix;
    for (const part of parts.slice(1)) {
      if (value instanceof Unresolved) return value;
      value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
    }
    return value instanceof Unresolved ? value : { value: value ?? null };
  }

  private take(operator: string): boolean {
    const token = this.tokens[this.index];
    if (token?.kind === 'op' && token.text === operator) {
      this.index++;
      return true;
    }
    return false;
  }

  private peekOperator(operators: string[]): string | undefined {
    const token = this.tokens[this.index];
    return token?.kind === 'op' && operators.includes(token.text) ? token.text : undefined;
  }
}

function limit(candidates: Candidate[]): Candidate[] {
  return candidates.length > MAX_CANDIDATES ? candidates.slice(0, MAX_CANDIDATES) : candidates;
}
