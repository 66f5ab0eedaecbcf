import { createHash } from 'node:crypto';
import type { Finding } from './model.js';

/**
 * A finding's identity across line shifts, for waivers and base comparisons:
 * its producer's fingerprint when it has one (SARIF partialFingerprints), else
 * a hash of the rule, the normalised file path and the flagged text. Lines
 * and columns never enter it: a finding that moves down ten lines is the same
 * finding.
 */
export function fingerprintOf(finding: Finding): string {
  return finding.fingerprint ?? textFingerprint(finding.ruleId, finding.file, finding.message);
}

/** rule + normalised location + a hash of the flagged text, as 32 hex digits. */
export function textFingerprint(ruleId: string, file: string | undefined, flagged: string): string {
  return createHash('sha256')
    .update(`${ruleId}\u0000${normaliseLocation(file ?? '')}\u0000${normaliseText(flagged)}`)
    .digest('hex')
    .slice(0, 32);
}

/** Forward slashes, no `./` or `file://` prefix, no leading `/`: the same file however a tool spelled it. */
export function normaliseLocation(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^file:\/\//i, '')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
}

/** Whitespace runs collapsed and trimmed: re-indented code is the same code. */
function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
