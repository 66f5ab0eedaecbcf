import { GatesError } from '@gates/core';
import type { RedactPolicy } from '../policy/redact-policy.js';
import { BUILTIN_RULES } from './builtin-rules.js';
import { compileRules, type CompiledRule } from './compile-rules.js';
import type { RuleSpec } from './rule-spec.js';

/** The built-in rules minus those the policy disables, plus its own; compiled once per run. */
export function activeRules(policy: RedactPolicy): CompiledRule[] {
  const builtinIds = new Set(BUILTIN_RULES.map((rule) => rule.id));
  const unknown = policy.disabledRules.filter((id) => !builtinIds.has(id));
  if (unknown.length > 0) {
    throw new GatesError('GATES_E_CONFIG_INVALID', { file: policy.file ?? 'policy', count: unknown.length }, {
      details: unknown.map((id) => ({ message: `rules.disable names unknown built-in rule "${id}"`, location: policy.file ? { file: policy.file, ...(policy.positions?.value.get('/rules/disable') ?? {}) } : undefined, hint: `built-in rules: ${[...builtinIds].join(', ')}` })),
    });
  }
  const clash = policy.customRules.find((rule) => builtinIds.has(rule.id));
  if (clash) {
    throw new GatesError('GATES_E_CONFIG_INVALID', { file: policy.file ?? 'policy', count: 1 }, {
      details: [{ message: `custom rule id "${clash.id}" is a built-in rule's id`, hint: 'pick another id, or disable the built-in rule and name yours differently' }],
    });
  }
  const builtin = compileRules(BUILTIN_RULES.filter((rule) => !policy.disabledRules.includes(rule.id)), policy.allow, policy.file ? { file: policy.file, positions: policy.positions, rulesPointer: '/rules/custom', allowPointer: '/allow' } : undefined);
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
  return [...builtin, ...compileRules(custom, policy.allow, { file: policy.file ?? '.github/gates-redact.yml', positions: policy.positions, rulesPointer: '/rules/custom', allowPointer: '/allow' })];
}
