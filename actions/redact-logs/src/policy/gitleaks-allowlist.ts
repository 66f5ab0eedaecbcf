import type { Find, FindFilter } from '../rules/rule-spec.js';
import { goRegexToJs } from './go-regex.js';

export type { FindFilter };

/** A gitleaks allowlist table as parsed (keys in lower case). */
export interface GitleaksAllowlist {
  description?: unknown;
  condition?: unknown;
  regextarget?: unknown;
  regexes?: unknown;
  stopwords?: unknown;
  paths?: unknown;
  commits?: unknown;
  targetrules?: unknown;
}

/**
 * A gitleaks allowlist as a filter, with gitleaks' meaning: `regexes` test
 * the secret (or the match, or the line: `regexTarget`), `stopwords` are
 * looked for in the secret, any case; `paths` test the file's path. With
 * `condition = "AND"` every check the table has must hold; otherwise any one.
 * `commits` mean nothing for files on a runner and are ignored. Pure.
 */
export function compileAllowlist(list: GitleaksAllowlist, fail: (message: string) => void): FindFilter | undefined {
  const condition = typeof list.condition === 'string' ? list.condition.toUpperCase() : 'OR';
  if (condition !== 'OR' && condition !== 'AND') fail(`condition "${String(list.condition)}" is not AND or OR`);
  const target = typeof list.regextarget === 'string' ? list.regextarget : 'secret';
  if (!['secret', 'match', 'line'].includes(target)) fail(`regexTarget "${target}" is not secret, match or line`);
  const regexes = compileAll(list.regexes, 'regexes', fail);
  const paths = compileAll(list.paths, 'paths', fail);
  const stopwords = strings(list.stopwords).map((word) => word.toLowerCase());
  const checks: FindFilter[] = [];
  if (regexes.length > 0) checks.push((find) => regexes.some((regex) => regex.test(targetOf(find, target))));
  if (stopwords.length > 0) checks.push((find) => stopwords.some((word) => find.secret.toLowerCase().includes(word)));
  if (paths.length > 0) checks.push((find) => paths.some((regex) => regex.test(find.file)));
  if (checks.length === 0) return undefined;
  return condition === 'AND' ? (find) => checks.every((check) => check(find)) : (find) => checks.some((check) => check(find));
}

function targetOf(find: Find, target: string): string {
  return target === 'match' ? find.match : target === 'line' ? find.line : find.secret;
}

function compileAll(value: unknown, key: string, fail: (message: string) => void): RegExp[] {
  const compiled: RegExp[] = [];
  for (const source of strings(value)) {
    const translated = goRegexToJs(source);
    try {
      compiled.push(new RegExp(translated.source, translated.flags));
    } catch (error) {
      fail(`${key} entry ${JSON.stringify(source)} does not compile: ${(error as Error).message}`);
    }
  }
  return compiled;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];
}
