import { AI_RULES } from './builtin/ai.js';
import { CLOUD_RULES } from './builtin/cloud.js';
import { COMMERCE_RULES } from './builtin/commerce.js';
import { CONTEXT_RULES } from './builtin/context.js';
import { DEVOPS_RULES } from './builtin/devops.js';
import { KEY_RULES } from './builtin/keys.js';
import { MESSAGING_RULES } from './builtin/messaging.js';
import { OBSERVABILITY_RULES } from './builtin/observability.js';
import { REGISTRY_RULES } from './builtin/registries.js';
import { SOURCE_HOSTING_RULES } from './builtin/source-hosting.js';
import type { RuleSpec } from './rule-spec.js';

/**
 * The built-in credential formats, in priority order: where two rules match
 * one value it is counted under the earlier (vendor formats before key
 * blocks before context rules, the generic key = value rule last). Each
 * regex starts with, or sits next to, a keyword so the prefilter can skip
 * windows without one; quantifiers are bounded so every match fits in the
 * scanner's overlap.
 */
export const BUILTIN_RULES: readonly RuleSpec[] = [
  ...CLOUD_RULES,
  ...SOURCE_HOSTING_RULES,
  ...REGISTRY_RULES,
  ...AI_RULES,
  ...MESSAGING_RULES,
  ...COMMERCE_RULES,
  ...OBSERVABILITY_RULES,
  ...DEVOPS_RULES,
  ...KEY_RULES,
  ...CONTEXT_RULES,
];
