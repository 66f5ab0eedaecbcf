import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GatesError, readConfigText, type ErrorDetail } from '@gates/core';
import { anyCase } from '../rules/builtin/keywords.js';
import type { RuleSpec } from '../rules/rule-spec.js';
import { compileAllowlist, type FindFilter, type GitleaksAllowlist } from './gitleaks-allowlist.js';
import { goRegexToJs } from './go-regex.js';

/** gitleaks' own default location: a team that runs gitleaks has its config here. */
export const DEFAULT_GITLEAKS_CONFIG = '.gitleaks.toml';

/** A gitleaks config as rules redact-logs runs, and what of it was not used (said in the summary). */
export interface GitleaksRules {
  file: string;
  rules: RuleSpec[];
  /** Global allowlists: they apply to every rule, built-in ones too. */
  keep: FindFilter[];
  notes: string[];
}

interface TomlRule {
  id?: unknown;
  description?: unknown;
  regex?: unknown;
  secretgroup?: unknown;
  entropy?: unknown;
  keywords?: unknown;
  path?: unknown;
  allowlist?: GitleaksAllowlist;
  allowlists?: GitleaksAllowlist[];
  required?: unknown;
  skipreport?: unknown;
}

/**
 * Reads a gitleaks config (`.gitleaks.toml`, or the path the policy names)
 * so a team reuses the rules and allowlists it already has: `[[rules]]` with
 * id, regex (Go syntax, translated), secretGroup, entropy, keywords, path and
 * allowlists; global `[allowlist]` / `[[allowlists]]` (targetRules too).
 * The TOML parser loads only when such a file exists. A broken file is a
 * config error at its line (exit 2); a named file must exist.
 */
export async function loadGitleaksRules(workspace: string, named?: string): Promise<GitleaksRules | undefined> {
  const file = named ?? DEFAULT_GITLEAKS_CONFIG;
  const absolute = resolve(workspace, file);
  if (!named && !existsSync(absolute)) return undefined;
  const text = await readConfigText(absolute, file);
  const { parse, TomlError } = await import('smol-toml');
  let document: Record<string, unknown>;
  try {
    document = lowerKeys(parse(text)) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    throw new GatesError('GATES_E_CONFIG_SYNTAX', { file, format: 'TOML', detail: error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '') }, { location: { file, line: error.line, column: error.column } });
  }
  return gitleaksRules(document, file, text);
}

/** The parsed document (keys in lower case, as gitleaks reads them) as rules. Pure. */
export function gitleaksRules(document: Record<string, unknown>, file: string, text: string): GitleaksRules {
  const problems: ErrorDetail[] = [];
  const notes: string[] = [];
  const lineOf = (needle: string) => {
    const index = text.indexOf(needle);
    return index < 0 ? undefined : { file, line: text.slice(0, index).split('\n').length };
  };
  const fail = (message: string, where?: string, hint?: string) => problems.push({ message, location: where ? lineOf(where) : { file }, hint });
  const rules = Array.isArray(document.rules) ? (document.rules as TomlRule[]) : [];
  if (document.rules !== undefined && !Array.isArray(document.rules)) fail('rules must be an array of tables ([[rules]])');
  const byTarget = new Map<string, FindFilter[]>();
  const keep: FindFilter[] = [];
  for (const list of allowlistsOf(document.allowlist, document.allowlists)) {
    const filter = compileAllowlist(list, (message) => fail(`allowlist: ${message}`, 'allowlist'));
    if (!filter) continue;
    const targets = Array.isArray(list.targetrules) ? (list.targetrules as string[]) : [];
    if (targets.length === 0) keep.push(filter);
    for (const target of targets) byTarget.set(target, [...(byTarget.get(target) ?? []), filter]);
  }
  const extend = document.extend as Record<string, unknown> | undefined;
  if (extend?.usedefault === true || extend?.path || extend?.url) notes.push(`${file}: [extend] is not followed (gitleaks' default rules are not loaded; redact-logs' built-in rules cover the same vendors)`);
  const specs: RuleSpec[] = [];
  for (const [index, rule] of rules.entries()) {
    const id = typeof rule.id === 'string' && rule.id !== '' ? rule.id : undefined;
    if (!id) {
      fail(`rules[${index}] has no id`);
      continue;
    }
    const where = `"${id}"`;
    if (typeof rule.regex !== 'string' || rule.regex === '') {
      notes.push(`${file}: rule ${id} has no regex and is not used (path-only rules report files; redact-logs scrubs values)`);
      continue;
    }
    if (rule.required !== undefined || rule.skipreport === true) notes.push(`${file}: rule ${id} is used alone (required rules and skipReport are not supported)`);
    const translated = goRegexToJs(rule.regex);
    try {
      new RegExp(translated.source, translated.flags);
    } catch (error) {
      fail(`rule ${id}: regex does not compile: ${(error as Error).message}`, where, 'gitleaks regexes are Go (RE2) syntax; lookarounds and backreferences do not exist there either');
      continue;
    }
    const group = typeof rule.secretgroup === 'number' && rule.secretgroup > 0 ? rule.secretgroup : 'first';
    const filters = [...allowlistsOf(rule.allowlist, rule.allowlists).map((list) => compileAllowlist(list, (message) => fail(`rule ${id}: allowlist: ${message}`, where))), ...(byTarget.get(id) ?? [])];
    byTarget.delete(id);
    const pathFilter = typeof rule.path === 'string' ? compilePath(rule.path, (message) => fail(`rule ${id}: path ${message}`, where)) : undefined;
    specs.push({
      id: `gitleaks:${id}`,
      description: typeof rule.description === 'string' && rule.description ? rule.description : `gitleaks rule ${id}`,
      regex: translated.source,
      flags: translated.flags,
      keywords: keywordsOf(rule.keywords),
      secretGroup: group,
      // gitleaks drops a find whose entropy is not above the rule's.
      minEntropy: typeof rule.entropy === 'number' && rule.entropy > 0 ? rule.entropy + 1e-9 : undefined,
      lead: 1024,
      appliesTo: pathFilter ? (path) => pathFilter.test(path) : undefined,
      keep: filters.filter((filter): filter is FindFilter => filter !== undefined),
    });
  }
  for (const target of byTarget.keys()) fail(`allowlists: targetRules names rule "${target}", which the config does not define`, target);
  if (problems.length > 0) throw new GatesError('GATES_E_CONFIG_INVALID', { file, count: problems.length }, { details: problems, location: problems[0]!.location });
  return { file, rules: specs, keep, notes };
}

/**
 * gitleaks matches keywords case-insensitively. The prefilter compares bytes,
 * so a keyword becomes its spellings in every case, up to its first six
 * characters (a prefix still finds every window the keyword is in); one
 * shorter than three bytes cannot be a prefilter literal, so its rule runs
 * over every window (slower, never missing).
 */
function keywordsOf(value: unknown): string[] {
  const words = Array.isArray(value) ? value.filter((word): word is string => typeof word === 'string' && word !== '') : [];
  if (words.some((word) => Buffer.byteLength(word) < 3)) return [];
  return [...new Set(words.flatMap((word) => anyCase(word.slice(0, 6))))];
}

function compilePath(source: string, fail: (message: string) => void): RegExp | undefined {
  const translated = goRegexToJs(source);
  try {
    return new RegExp(translated.source, translated.flags);
  } catch (error) {
    fail(`does not compile: ${(error as Error).message}`);
    return undefined;
  }
}

/** `[allowlist]` (one, the older form) and `[[allowlists]]` (several). */
function allowlistsOf(single: unknown, many: unknown): GitleaksAllowlist[] {
  const lists: GitleaksAllowlist[] = [];
  if (single && typeof single === 'object' && !Array.isArray(single)) lists.push(single as GitleaksAllowlist);
  if (Array.isArray(many)) for (const list of many) if (list && typeof list === 'object') lists.push(list as GitleaksAllowlist);
  return lists;
}

/** gitleaks (through viper) reads keys in any case: secretGroup, secretgroup, SecretGroup. */
function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.toLowerCase(), lowerKeys(item)]));
  return value;
}
