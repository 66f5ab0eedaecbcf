import { table } from '../report/markdown.js';
import type { MarkdownText } from '../report/untrusted-text.js';
import type { WaiverState, WaiverStatus } from './apply-waivers.js';

const LABEL: Record<WaiverState, string> = {
  expired: '🔴 expired',
  rejected: '🔴 refused',
  unapproved: '🔴 not approved',
  unwaivable: '🔴 unwaivable',
  expiring: '🟠 expiring',
  stale: '🟠 stale',
  applied: '⚪ applied',
};

/** Problems first: what no longer protects, then what needs attention soon, then what applies. */
const ORDER: WaiverState[] = ['expired', 'rejected', 'unapproved', 'unwaivable', 'expiring', 'stale', 'applied'];

/**
 * The summary's waiver section: every waiver of this gate, its state, who approved it and until when, and
 * where the policy came from when it was not the checkout. Text from the file is escaped (it is the repository's, not ours).
 */
export function renderWaiverSection(statuses: readonly WaiverStatus[], file: string, md: MarkdownText, policyNote?: string): string {
  if (statuses.length === 0) return '';
  const sorted = [...statuses].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
  const rows = sorted.map((status) => [
    md.code(status.waiver.id) + (status.line ? ` (line ${status.line})` : ''),
    LABEL[status.state],
    `${status.applied} of ${status.matched}`,
    md.text((status.approvedBy ?? status.waiver.approvers).join(', ')),
    md.text(status.waiver.expires),
    md.text(`${status.detail}. Reason: ${status.waiver.reason} (${status.waiver.ticket})`),
  ]);
  return ['### Waivers', '', `From ${md.code(file)}; see docs/waiver-policy.md.`, '', ...(policyNote ? [md.text(policyNote), ''] : []), table(['Waiver', 'State', 'Waived', 'Approved by', 'Expires', 'Detail'], rows), ''].join('\n');
}
