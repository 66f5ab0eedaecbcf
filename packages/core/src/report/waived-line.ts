import type { Waiver } from '../findings/model.js';
import { redactedReportText as md } from './untrusted-text.js';

/**
 * A waived finding's line in a summary (runAction's and any action's own):
 * which waiver, who approved it, until when, why. A waiver never hides a
 * finding, it explains it. For a report runAction has already redacted.
 */
export function waivedLine(waiver: Waiver): string {
  const id = waiver.id ? ` (${md.code(waiver.id)})` : '';
  const who = waiver.approvedBy?.length ? ` by ${md.text(waiver.approvedBy.join(', '))}` : '';
  const until = waiver.expires ? ` until ${md.text(waiver.expires)}` : '';
  return `Waived${id}${who}${until}: ${md.text(waiver.reason)}`;
}
