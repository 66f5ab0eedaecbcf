import type { WaiverRecord } from '../findings/model.js';
import type { WaiverStatus } from './apply-waivers.js';

/** A waiver's outcome as the JSON report and the ledger keep it: ids, states and counts. */
export function waiverRecord(status: WaiverStatus): WaiverRecord {
  return {
    id: status.waiver.id,
    state: status.state,
    matched: status.matched,
    applied: status.applied,
    expires: status.waiver.expires,
    approvedBy: status.approvedBy ?? status.waiver.approvers,
    detail: status.detail,
  };
}
