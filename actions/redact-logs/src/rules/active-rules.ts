import { didYouMean, GatesError } from '@gates/core';
import type { RedactPolicy } from '../policy/redact-policy.js';
import { BUILTIN_RULES } from './builtin-rules.js';
import { compileRules, type CompiledRule } from './compile-rules.js';
import type { RuleSpec } from './rule-spec.js';

/** The built-in rules minus those the policy disables, plus its own and a gitleaks config's; compiled once per run. */
export function activeRules(policy: RedactPolicy): CompiledRule[] {
  const builtinIds = new Set(BUILTIN_RULES.map((rule) => rule.id));
  const unknown = policy.disabledRules.filter((id) => !builtinIds.has(id));
  if (unknown.length > 0) {
    throw new GatesError('GATES_E_CONFIG_INVALID', { file: policy.file ?? 'policy', count: unknown.length }, {
      details: unknown.map((id) => ({ message: `rules.disable names unknown built-in rule "${id}"`, location: policy.file ? { file: policy.file, ...(policy.positions?.value.get('/rules/disable') ?? {}) } : undefined, hint: hintFor(id, [...builtinIds]) })),
    });
  }
  const clash = policy.customRules.find((rule) => builtinIds.has(rule.id));
  if (clash) {
    throw new GatesError('GATES_E_CONFIG_INVALID', { file: policy.file ?? 'policy', count: 1 }, {
      details: [{ message: `custom rule id "${clash.id}" is a built-in rule's id`, hint: 'pick another id, or disable the built-in rule and name yours differently' }],
    });
  }
  // A gitleaks config's global allowlists apply to every rule, as they do in gitleaks.
  const keep = policy.gitleaks?.keep ?? [];
  const builtin = compileRules(BUILTIN_RULES.filter((rule) => !policy.disabledRules.includes(rule.id)), policy.allow, policy.file ? { file: policy.file, positions: policy.positions, rulesPointer: '/rules/custom', allowPointer: '/allow' } : undefined, keep);
  const custom: RuleSpec[] = policy.customRules.map((rule) => ({
    id: rule.id,
    description: rule.description ?? `custom rule ${rule.id}`,
    regex: rule.regex,
    flags: rule.flags,
    keywords: rule.keywords,
    secretGroup: rule['secret-group'],
    minEntropy: rule['min-entropy'],
    allow: rule.allow,
  }));
  const origin = { file: policy.file ?? '.github/gates-redact.yml', positions: policy.positions, rulesPointer: '/rules/custom', allowPointer: '/allow' };
  const gitleaks = policy.gitleaks ? compileRules(policy.gitleaks.rules, policy.allow, { file: policy.gitleaks.file, rulesPointer: '', allowPointer: '' }, keep) : [];
  return [...builtin, ...compileRules(custom, policy.allow, origin, keep), ...gitleaks];
}

function hintFor(id: string, ids: string[]): string {
  const near = didYouMean(id, ids);
  return `${near ? `did you mean "${near}"? ` : ''}the built-in rules are listed in redact-logs/README.md`;
}
