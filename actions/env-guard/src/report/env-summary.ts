import { table, type EnvVarResult, type MarkdownText } from '@gates/core';
import type { RecordedNamespace } from '../cleanup/stale-namespaces.js';
import type { Denial } from '../judge/segregation.js';
import type { EnvironmentRules } from '../policy/model.js';

export interface CheckOutcome {
  target: string;
  rules: EnvironmentRules;
  namespace?: string;
  exportAs: string;
  denials: Denial[];
  variables: EnvVarResult[];
}

/** The deployment check in the job summary: the decision, every reason, each declared variable (never its value). */
export function renderCheckSummary(outcome: CheckOutcome, md: MarkdownText): string {
  const allowed = outcome.denials.length === 0 && outcome.variables.every((variable) => !variable.problem);
  const lines = [
    '### env-guard',
    '',
    `**${allowed ? 'Allowed' : 'Denied'}**: ${md.text(outcome.rules.kind)} environment ${md.code(outcome.target || '(unnamed)')}, by ${md.code(outcome.rules.pattern)} (${md.text(outcome.rules.source)}).`,
  ];
  if (outcome.namespace) lines.push('', `Namespace ${md.code(outcome.namespace)}, exported as ${md.code(outcome.exportAs)}.`);
  if (outcome.denials.length > 0) lines.push('');
  for (const denial of outcome.denials) lines.push(`- ${md.code(denial.rule)}: ${md.text(denial.reason)}`);
  if (outcome.variables.length > 0) {
    const rows = outcome.variables.map((variable) => [md.code(variable.name), variable.source, variable.problem ? `✗ ${md.text(variable.problem)}` : '✓']);
    lines.push('', table(['Variable', 'From', 'Check'], rows));
  }
  return `${lines.join('\n')}\n`;
}

/** Cleanup: the recorded namespaces whose pull request is closed, for a cleanup job to delete. */
export function renderCleanupSummary(stale: readonly RecordedNamespace[], recorded: number, md: MarkdownText): string {
  const lines = ['### env-guard cleanup', '', `${stale.length} of ${recorded} recorded ephemeral namespace(s) belong to closed pull requests.`];
  if (stale.length > 0) lines.push('', table(['Namespace', 'Pull request', 'Last derived'], stale.map((entry) => [md.code(entry.namespace), `#${entry.pullRequest}`, md.text(entry.lastSeen)])));
  return `${lines.join('\n')}\n`;
}
