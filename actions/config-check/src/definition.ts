import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_KINDS, configKindForPath, containedPath, GatesError, loadWaivers, nothingToCheckRule, resolvePolicy, reviewWaivers, ruleDocsUrl, toGatesError, type ActionDefinition, type ConfigKind, type Finding, type PolicyContext, type RuleMeta } from '@gates/core';
import type { RbacPolicy } from '../../rbac-guard/src/policy/model.js';
import { confirmationFindings } from './confirmation-bypass.js';
import { validateConfigFile } from './validate-config.js';

const rule = (id: string, description: string, severity: RuleMeta['severity']): RuleMeta => ({ id, description, severity, docs: ruleDocsUrl('config-check', id) });

export const CONFIG_CHECK_RULES: RuleMeta[] = [
  rule('invalid-config', 'A suite config file is valid: its schema, and what the schema cannot say (roles, regexes, time zones, dates)', 'error'),
  rule('missing-config', 'A config file the phase requires (input require) is present', 'error'),
  rule('confirmation-unbypassed', 'Each planner-first command of the rbac-guard policy has an unexpired bypass entry', 'error'),
  rule('waiver-not-applied', 'No waiver has expired or breaks the waiver policy (its findings would count again)', 'error'),
  rule('waiver-expiring', 'No waiver expires within the policy\'s warning window', 'warning'),
  nothingToCheckRule('config-check'),
];

/** The kinds phase A looks for at their default paths; rbac-test files are `gates rbac test`'s, not the gates'. */
const SUITE_KINDS = ['gates', 'rbac', 'redact', 'env', 'perf', 'waivers'] as const;

export const configCheck: ActionDefinition = {
  name: 'config-check',
  description: "Phase A's controls: the suite's config files valid, the planner-first bypass configured, waivers within the policy, the state root safe.",
  rules: CONFIG_CHECK_RULES,
  async run({ inputs, workspace, stateRoot, env, runner }) {
    // No fallback: the runner delivers action.yml's default (rbac); an empty value means nothing is required.
    const required = requiredKinds(inputs.string('require') ?? '');
    const files = inputs.list('files');
    const targets = files.length > 0 ? files.map((file) => ({ file, kind: kindOf(file) })) : SUITE_KINDS.map((id) => ({ file: CONFIG_KINDS[id].defaultPath!, kind: CONFIG_KINDS[id] })).filter(({ file }) => existsSync(resolve(workspace, file)));
    const findings: Finding[] = [];
    for (const id of required) {
      if (targets.some((target) => target.kind.id === id)) continue;
      findings.push({ ruleId: 'missing-config', severity: 'error', file: CONFIG_KINDS[id].defaultPath, message: `no ${id} config: ${CONFIG_KINDS[id].defaultPath} is required (input require)`, fixHint: `Commit ${CONFIG_KINDS[id].defaultPath} (schemas/${CONFIG_KINDS[id].defaultPath!.split('/').pop()!.replace(/\.yml$/, '')}.schema.json), or drop ${id} from require.` });
    }
    const today = new Date().toISOString().slice(0, 10);
    for (const { file, kind } of targets) for (const finding of await checkFile(workspace, file, kind, today, { env, inputs, runner })) findings.push(finding);
    return {
      findings,
      nothingToCheck: targets.length === 0 ? `no suite config file under .github/ (${SUITE_KINDS.map((id) => CONFIG_KINDS[id].defaultPath!.split('/').pop()).join(', ')})` : undefined,
      outputs: { checked: targets.map((target) => target.file).join(','), 'state-root': stateRoot },
      notes: [`Checked ${targets.length} config file(s)${targets.length ? `: ${targets.map((target) => target.file).join(', ')}` : ''}. State root and suite variables (MEMORY_STORAGE_ROOT, GATES_STATE_IN_WORKSPACE) valid: the run would have stopped with exit 2 before any check otherwise.`],
    };
  },
};

function requiredKinds(text: string): (typeof SUITE_KINDS)[number][] {
  const names = text.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    if (!(SUITE_KINDS as readonly string[]).includes(name)) throw new GatesError('GATES_E_INPUT_INVALID', { input: 'require', value: name, expected: `a comma-separated list of ${SUITE_KINDS.join(', ')}` });
  }
  return names as (typeof SUITE_KINDS)[number][];
}

function kindOf(file: string): ConfigKind {
  const kind = configKindForPath(file);
  if (!kind || kind.id === 'error') throw new GatesError('GATES_E_INPUT_INVALID', { input: 'files', value: file, expected: `a suite config file named as at its default path (${SUITE_KINDS.map((id) => CONFIG_KINDS[id].defaultPath!.split('/').pop()).join(', ')}, gates-rbac-test.yml)` });
  return kind;
}

/** One file's findings: a config error becomes findings (one per problem, at its line) so every file is judged in one run. */
async function checkFile(workspace: string, file: string, kind: ConfigKind, today: string, policy: PolicyContext): Promise<Finding[]> {
  const path = containedPath(workspace, resolve(workspace, file));
  try {
    if (kind.id === 'waivers') return waiverFindings(workspace, file, policy);
    const loaded = await validateConfigFile(path, kind, file);
    return kind.id === 'rbac' ? confirmationFindings(loaded.value as RbacPolicy, file, today) : [];
  } catch (thrown) {
    const error = toGatesError(thrown);
    if (error.exitCode !== 2) throw error;
    const problems = error.details.length > 0 ? error.details : [{ message: error.message, location: error.location, hint: error.hint }];
    return problems.map((problem) => ({
      ruleId: 'invalid-config',
      severity: 'error',
      file: problem.location?.file ?? file,
      line: problem.location?.line,
      column: problem.location?.column,
      message: `${file} is not a valid ${kind.id} config: ${problem.message}`,
      fixHint: problem.hint || `Run \`gates validate ${file}\` and fix what it names.`,
    }));
  }
}

/**
 * The waiver lint judges by the policy the gates will apply: on a pull request
 * event the base commit's (resolvePolicy), so a pull request that relaxes
 * `policy:` next to the waiver it needs is not told the waiver is fine.
 */
async function waiverFindings(workspace: string, file: string, context: PolicyContext): Promise<Finding[]> {
  const { set } = await resolvePolicy((await loadWaivers(workspace, file))!, context);
  return reviewWaivers(set, Date.now()).flatMap(({ waiver, line, standing, detail }): Finding[] => {
    if (standing === 'valid') return [];
    const expiring = standing === 'expiring';
    return [{
      ruleId: expiring ? 'waiver-expiring' : 'waiver-not-applied',
      severity: expiring ? 'warning' : 'error',
      file: set.file,
      line,
      message: `waiver ${waiver.id} (${waiver.gate}) ${detail}`,
      fixHint: expiring ? 'Renew it through the approval the policy names, or fix the findings it covers.' : 'Remove it, renew it through the approval the policy names (docs/waiver-policy.md), or fix the findings it covered.',
    }];
  });
}
