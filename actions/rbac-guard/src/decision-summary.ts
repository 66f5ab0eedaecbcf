import { table, type MarkdownText } from '@gates/core';
import type { Decision } from './evaluate/evaluate.js';
import type { RequestFacts } from './facts/request.js';

/** The job-summary section reviewers read: who, what, the decision, which rule and why. Every name and reason is untrusted text. Pure. */
export function renderDecision(decision: Decision, request: RequestFacts, decisionId: string, md: MarkdownText): string {
  const who =
    request.triggeringActor === request.actor
      ? md.code(request.actor)
      : `${md.code(request.triggeringActor)} (triggering actor; the run was first started by ${md.code(request.actor)})`;
  const lines: string[] = [`### ${decision.allowed ? '✅ Allowed' : '⛔ Denied'}: ${md.text(request.command)}`, ''];
  if (decision.bypass) {
    lines.push(
      `> [!WARNING]`,
      `> **Non-interactive bypass used:** ${md.code(decision.bypass.id)} until ${md.text(decision.bypass.until)}. ${md.text(decision.bypass.reason)}`,
      '',
    );
  }
  if (decision.decidedBy === 'confirmation') {
    // The alert (seed §7): a CI run stopped on a command that waits for a human.
    lines.push(
      `> [!CAUTION]`,
      `> **Planner-first confirmation required in CI:** ${md.code(request.command)} needs a human's confirmation, and no bypass entry of the policy applies to this event, ref and actor.`,
      '',
    );
  }
  const rows = [
    ['Who', who],
    ['Command', md.code(request.command) + (request.environment ? ` in environment ${md.code(request.environment)}` : '')],
    ['Event and ref', `${md.code(request.event)} on ${md.code(request.ref)}${request.fromFork === true ? ' (pull request from a fork)' : request.fromFork === 'unknown' ? ' (pull request whose head is unknown: counted as a fork)' : ''}`],
    ['Roles held', decision.roles.length ? decision.roles.map((held) => `${md.code(held.role)} via ${md.text(held.via)}`).join('<br>') : 'none'],
    ['Decided by', md.text(decision.rule)],
    ['Why', md.text(decision.reason)],
    ['Decision id', md.code(decisionId)],
  ];
  if (decision.chain.length) {
    const links = decision.chain.map((link) => `${md.code(link.gate)} ${link.status}${link.source ? ` (${md.text(link.source)})` : ''}${link.unsigned ? ' **unsigned**' : ''}`);
    rows.splice(5, 0, ['Predecessor gates', links.join(' → ')]);
  }
  lines.push(table(['', ''], rows));
  if (!decision.allowed && decision.wouldAllow.length) {
    lines.push('', '**What would allow it**', '');
    for (const hint of decision.wouldAllow) lines.push(`- ${md.text(hint)}`);
  }
  return lines.join('\n');
}
