import type { FileOutcome } from '../files/file-outcome.js';
import type { MaskRegistry } from '../masks/mask-registry.js';
import type { AllowedFinds } from './allowed-finds.js';

/** The JSON report (report-file output): counts per file and rule, what was not scrubbed or not masked and why; never a value. Pure. */
export function redactionReport(outcomes: readonly FileOutcome[], notes: { refused: string[]; unmatched: string[]; masks: MaskRegistry; allowed: AllowedFinds; gitleaks?: string[] }) {
  return {
    files: outcomes.map((outcome) => ({
      file: outcome.display,
      kind: outcome.kind,
      status: outcome.status,
      replacements: outcome.replacements ?? 0,
      reason: outcome.reason,
      entries: outcome.entries,
      knownLeft: outcome.knownLeft,
      rules: Object.fromEntries([...outcome.occurrences].map(([rule, occurrence]) => [rule, occurrence])),
    })),
    refused: notes.refused,
    unmatched: notes.unmatched,
    masks: { registered: notes.masks.count, notRegistered: notes.masks.refused },
    allowedInline: { count: notes.allowed.count, finds: notes.allowed.listed },
    gitleaks: notes.gitleaks,
  };
}
