import { GatesError, type ErrorDetail, type PositionMap } from '@gates/core';
import type { FindFilter, RuleSpec } from './rule-spec.js';

export interface CompiledRule {
  id: string;
  description: string;
  regex: RegExp;
  /** Keyword bytes; the regex runs only over windows containing one (none: over every window). */
  keywords: Buffer[];
  secretGroup: number | 'first';
  minEntropy: number;
  allow: RegExp[];
  placeholders: boolean;
  check?: RuleSpec['check'];
  locate?: RuleSpec['locate'];
  binary: boolean;
  appliesTo?: RuleSpec['appliesTo'];
  keep: readonly FindFilter[];
  /** The same regex, sticky, for rules with an anchor: tried at each keyword position + anchor. */
  anchored?: { regex: RegExp; offset: number };
  /** Bytes before / after a keyword occurrence a match can start / end: the regex runs only over those regions. */
  lead: number;
  reach: number;
}

export const DEFAULT_LEAD = 256;
export const DEFAULT_REACH = 8 * 1024;

/** Where each rule came from, to point a broken one at its line. */
export interface RuleOrigin {
  file: string;
  positions?: PositionMap;
  /** JSON pointers of the rule list and of the shared allow list in that file. */
  rulesPointer: string;
  allowPointer: string;
}

/**
 * Compiles rule specs once. A regex, flag or allow pattern that does not
 * compile, or a group the regex does not have, is a config error at its
 * line (exit 2), all problems at once. `globalAllow` and `keep` (a gitleaks
 * config's global allowlists) apply to every rule.
 */
export function compileRules(specs: readonly RuleSpec[], globalAllow: readonly string[], origin?: RuleOrigin, keep: readonly FindFilter[] = []): CompiledRule[] {
  const problems: ErrorDetail[] = [];
  const at = (pointer: string) => (origin ? { file: origin.file, ...(origin.positions?.value.get(pointer) ?? {}) } : undefined);
  const inRules = (pointer: string) => `${origin?.rulesPointer ?? ''}${pointer}`;
  const compile = (source: string, flags: string, pointer: string, what: string): RegExp | undefined => {
    try {
      return new RegExp(source, flags);
    } catch (error) {
      problems.push({ message: `${what} does not compile: ${(error as Error).message}`, location: at(pointer), hint: 'write a JavaScript regular expression; escape backslashes in YAML double-quoted strings' });
      return undefined;
    }
  };
  const shared = globalAllow.map((source, index) => compile(source, '', `${origin?.allowPointer ?? ''}/${index}`, `allow pattern ${JSON.stringify(source)}`));
  const rules: CompiledRule[] = [];
  specs.forEach((spec, index) => {
    const group = spec.secretGroup ?? 0;
    const regex = compile(spec.regex, `g${group !== 0 ? 'd' : ''}${spec.flags ?? ''}`, inRules(`/${index}/regex`), `rule ${spec.id}: regex`);
    const allow = (spec.allow ?? []).map((source, allowIndex) => compile(source, '', inRules(`/${index}/allow/${allowIndex}`), `rule ${spec.id}: allow pattern`));
    if (regex && typeof group === 'number' && group > 0 && groupCount(regex) < group) {
      problems.push({ message: `rule ${spec.id}: secret-group ${group} but the regex has ${groupCount(regex)} group(s)`, location: at(inRules(`/${index}/secret-group`)), hint: 'number capture groups from 1, left to right' });
    }
    if (regex && regex.test('')) {
      problems.push({ message: `rule ${spec.id}: the regex matches the empty string, so it would match everywhere`, location: at(inRules(`/${index}/regex`)), hint: 'require at least one character' });
    }
    regex && (regex.lastIndex = 0);
    if (!regex || allow.some((pattern) => !pattern)) return;
    rules.push({
      id: spec.id,
      description: spec.description,
      regex,
      keywords: spec.keywords.map((keyword) => Buffer.from(keyword, 'utf8')),
      secretGroup: group,
      minEntropy: spec.minEntropy ?? 0,
      allow: [...(allow as RegExp[]), ...(shared.filter(Boolean) as RegExp[])],
      placeholders: spec.placeholders ?? true,
      check: spec.check,
      locate: spec.locate,
      binary: spec.binary ?? false,
      appliesTo: spec.appliesTo,
      keep: [...(spec.keep ?? []), ...keep],
      anchored: spec.anchor === undefined ? undefined : { regex: new RegExp(regex.source, `${regex.flags}y`), offset: spec.anchor },
      lead: spec.lead ?? DEFAULT_LEAD,
      reach: spec.reach ?? DEFAULT_REACH,
    });
  });
  if (problems.length > 0) {
    const file = origin?.file ?? 'built-in rules';
    throw new GatesError('GATES_E_CONFIG_INVALID', { file, count: problems.length }, { details: problems, location: problems[0]!.location });
  }
  return rules;
}

function groupCount(regex: RegExp): number {
  return new RegExp(`${regex.source}|`).exec('')!.length - 1;
}
