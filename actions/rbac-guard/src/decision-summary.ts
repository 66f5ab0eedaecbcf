import { escapeMarkdown, inlineCode, table } from '@gates/core';
import type { Decision } from './evaluate/evaluate.js';
import type { RequestFacts } from './facts/request.js';

/** The job-summary section reviewers read: who, what, the decision, which rule and why. Pure. */
export function renderDecision(decision: Decision, request: RequestFacts, decisionId: string): string {
  const who =
    request.triggeringActor === request.actor
      ? inlineCode(request.actor)
      : `${inlineCode(request.triggeringActor)} (triggering actor; the run was first started by ${inlineCode(request.actor)})`;
  const lines: string[] = [`### ${decision.allowed ? '✅ Allowed' : '⛔ Denied'}: ${escapeMarkdown(request.command)}`, ''];
  if (decision.bypass) {
    lines.push(
      `> [!WARNING]`,
      `> **Non-interactive bypass used:** ${inlineCode(decision.bypass.id)} until ${decision.bypass.until}. ${escapeMarkdown(decision.bypass.reason)}`,
      '',
    );
  }
  const rows = [
    ['Who', who],
    ['Command', inlineCode(request.command) + (request.environment ? ` in environment ${inlineCode(request.environment)}` : '')],
    ['Event and ref', `${inlineCode(request.event)} on ${inlineCode(request.ref)}${request.fromFork ? ' (pull request from a fork)' : ''}`],
    ['Roles held', decision.roles.length ? decision.roles.map((held) => `${inlineCode(held.role)} via ${escapeMarkdown(held.via)}`).join('<br>') : 'none'],
    ['Decided by', escapeMarkdown(decision.rule)],
    ['Why', escapeMarkdown(decision.reason)],
    ['Decision id', inlineCode(decisionId)],
  ];
  if (decision.chain.length) rows.splice(5, 0, ['Predecessor gates', decision.chain.map((link) => `${inlineCode(link.gate)} ${link.status}`).join(' → ')]);
  lines.push(table(['', ''], rows));
  if (!decision.allowed && decision.wouldAllow.length) {
    lines.push('', '**What would allow it**', '', ...decision.wouldAllow.map((hint) => `- ${escapeMarkdown(hint)}`));
  }
  return lines.join('\n');
}
