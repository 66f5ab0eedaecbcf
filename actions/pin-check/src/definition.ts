import { API_TIMEOUT_RANGE, GatesError, nothingToCheckRule, statePath, writeTextReport, type ActionDefinition, type Finding } from '@gates/core';
import { collectFacts } from './collect.js';
import { describeOnline, gatherOnlineFacts } from './online/online-stage.js';
import { readPinPolicy, ruleAppliesTo } from './policy.js';
import type { RepositoryFacts } from './repository-facts.js';
import { renderPinSummary } from './report/pin-summary.js';
import { PIN_RULES } from './rules/index.js';
import { ruleEnabled } from './rules/rule.js';
import type { PinPolicy } from './policy.js';
import { countShaPins, verifyOnly } from './verify-only.js';
import { pinCheckProcessSetup } from './process-setup.js';
import { turbofanHold } from './compile-tiers.js';

export const MODES = ['check', 'fix', 'dry-run', 'verify-only'] as const;
const SEPARATORS = { 'one-space': ' ', 'two-spaces': '  ' } as const;
const FIX_SCOPES = ['all', 'changed', 'changed-files'] as const;

/** Runs every enabled rule over collected facts. Pure, for tests and the bench. */
export function checkRepository(facts: RepositoryFacts, policy: PinPolicy): Finding[] {
  const perRule: Finding[][] = [];
  for (const rule of PIN_RULES) if (ruleEnabled(rule, policy)) perRule.push(rule.check(facts, policy));
  // One native concatenation: this function runs once, unoptimised, and pushing thousands of findings one by
  // one through the iterator protocol cost more than any rule but the shell engine (bench/). concat, not flat():
  // flat() visits element by element (about 2 ms for 9,461 findings), concat copies each rule's array whole.
  const findings = ([] as Finding[]).concat(...perRule);
  // Rules skip out-of-scope files themselves; this catches any finding that names another file. Only path scopes can exclude.
  if (Object.keys(policy.paths).length === 0) return findings;
  return findings.filter((finding) => !finding.file || ruleAppliesTo(policy, finding.ruleId, finding.file));
}

export const pinCheck: ActionDefinition = {
  name: 'pin-check',
  description: 'Toolchain and supply chain pinned: actions at commit SHAs, images by digest, installs pinned, lockfiles present',
  rules: [...PIN_RULES.map((rule) => rule.meta), nothingToCheckRule('pin-check')],
  secretInputs: ['token'],
  // Unpinned actions first: the few annotations a step gets go to what matters most.
  annotationPriority: PIN_RULES.map((rule) => rule.meta.id),
  renderSummary: renderPinSummary,
  processSetup: pinCheckProcessSetup,
  async run({ workspace, config, runner, inputs, env, stateRoot, redactor }) {
    const separator = inputs.enumeration('comment-separator', Object.keys(SEPARATORS) as (keyof typeof SEPARATORS)[], 'one-space');
    const policy = { ...readPinPolicy(config), commentSeparator: SEPARATORS[separator] };
    const mode = inputs.enumeration('mode', MODES, 'check');
    const fixScope = inputs.enumeration('fix-scope', FIX_SCOPES, 'all');
    const baseRef = inputs.string('base-ref') ?? env.GITHUB_BASE_REF?.trim();
    if (mode === 'verify-only' && policy.online === 'off') throw new GatesError('GATES_E_USAGE', { detail: 'mode verify-only checks pins against the GitHub API, but policy says `pin-check.online: off`.' });
    if (fixScope !== 'all' && (mode === 'fix' || mode === 'dry-run') && !baseRef) throw new GatesError('GATES_E_INPUT_MISSING', { input: 'base-ref' });
    const token = inputs.string('token') ?? '';
    const timeoutMs = inputs.duration('api-timeout', 10_000, API_TIMEOUT_RANGE);
    const budgetMs = inputs.duration('api-budget', 120_000);

    const facts = await runner.group('pin-check: reading the repository', () => collectFacts(workspace, turbofanHold.letGoOnLongRun()));
    runner.info(`Read ${facts.workflows.length} workflow/action file(s), ${facts.dockerfiles.length} Dockerfile(s), ${facts.scripts.length} shell script(s), ${facts.manifests.length} manifest(s).`);
    facts.online = await gatherOnlineFacts(facts, policy, { token, env, runner, timeoutMs, budgetMs });
    const notes = [describeOnline(facts.online)];
    let findings = checkRepository(facts, policy);
    if (mode === 'verify-only') {
      // Verifying pins without the API would pass everything unchecked: fail closed.
      if (facts.online.skipped) throw new GatesError('GATES_E_API_NO_TOKEN', { what: 'pin-check mode verify-only' });
      findings = verifyOnly(findings, facts);
      notes.push(`Verify-only: ${countShaPins(facts)} SHA pin(s) checked against their repositories; unpinned references are not reported in this mode.`);
    }
    const outputs: Record<string, string> = {};
    let summaryAppendix: string | undefined;

    if (mode === 'fix' || mode === 'dry-run') {
      if (facts.online.skipped) {
        notes.push(`Fix mode needs the GitHub API to resolve tags to commits (${facts.online.skipped}); no file was changed. Pass \`token\` to fix.`);
        runner.warning('pin-check fix mode changed nothing: it needs a token to resolve tags and branches to commits.');
      }
      // Loaded only in fix and dry-run modes.
      const [{ applyFixes }, { changeReasons, renderFixSummary }, { changedLines, inScope }] = await Promise.all([import('./fix/fix-stage.js'), import('./fix/fix-summary.js'), import('./fix/changed-lines.js')]);
      const changed = fixScope === 'all' ? undefined : await changedLines(workspace, baseRef!);
      const result = await applyFixes(workspace, findings, mode === 'fix', (finding) => !changed || inScope(changed, finding.fix!.file, finding.line, fixScope === 'changed-files'));
      if (changed) notes.push(`Fix scope: ${fixScope === 'changed' ? 'lines' : 'files'} changed against ${baseRef}.`);
      if (result.patch) {
        await runner.group(`pin-check: ${mode === 'fix' ? 'changes made' : 'changes a fix would make'}`, async () => {
          runner.info(changeReasons(result).join('\n'));
          runner.block(result.patch.trimEnd());
        });
        outputs['patch-file'] = await writeTextReport(statePath(stateRoot, 'reports', 'pin-check'), 'pin-check.patch', result.patch, redactor);
      }
      if (mode === 'fix') findings = findings.filter((finding) => !result.fixed.has(finding));
      outputs['fixed-files'] = mode === 'fix' ? result.files.join('\n') : '';
      summaryAppendix = renderFixSummary(result, mode, redactor);
    }
    const unpinned = findings.filter((finding) => !finding.waived && UNPINNED_RULES.has(finding.ruleId)).length;
    return {
      findings,
      // No workflow at all: the job forgot actions/checkout or runs in the wrong directory; passing would say "all pinned".
      // Nothing read and nothing refused: a file that could not be read is already an error finding of its own.
      nothingToCheck: facts.workflows.length + facts.dockerfiles.length + facts.scripts.length + facts.manifests.length + facts.skipped.length === 0 ? `no workflow, action, Dockerfile, script or manifest file (.github/workflows/*.yml, action.yml, …) in ${workspace}` : undefined,
      outputs: { 'unpinned-count': String(unpinned), ...outputs },
      notes,
      summaryAppendix,
      ledgerEvent: { files: facts.workflows.length, mode, apiCalls: facts.online.calls },
    };
  },
};

/** Rules whose findings are unpinned dependencies (the `unpinned-count` output). */
const UNPINNED_RULES = new Set(['unpinned-uses', 'unpinned-image', 'unpinned-install', 'missing-lockfile', 'lockfile-out-of-sync']);
