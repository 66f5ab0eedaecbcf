import { GatesError, requireAnswer, type GitHubApi, type LedgerRecord } from '@gates/core';

/** An ephemeral namespace env-guard recorded for a pull request. */
export interface RecordedNamespace {
  namespace: string;
  pullRequest: number;
  /** The ledger record's time: when it was last derived. */
  lastSeen: string;
}

/** Every namespace env-guard recorded for a pull request, once each (the latest record wins). Pure. */
export function recordedNamespaces(records: readonly LedgerRecord[], repository: string): RecordedNamespace[] {
  const byName = new Map<string, RecordedNamespace>();
  for (const record of records) {
    const event = record.event as Record<string, unknown>;
    if (event.action !== 'env-guard' || event.mode !== 'check' || event.kind !== 'ephemeral') continue;
    if (typeof event.namespace !== 'string' || !event.namespace || typeof event.pullRequest !== 'number') continue;
    // A shared state root may carry other repositories' records: only this one's pull requests are asked about.
    if (typeof event.repository === 'string' && event.repository.toLowerCase() !== repository.toLowerCase()) continue;
    byName.set(event.namespace, { namespace: event.namespace, pullRequest: event.pullRequest, lastSeen: record.time });
  }
  return [...byName.values()].sort((a, b) => a.pullRequest - b.pullRequest || a.namespace.localeCompare(b.namespace));
}

/**
 * The recorded namespaces whose pull request is closed (merged or not), from
 * the API: one request per pull request. An answer that is not a pull
 * request is no answer (exit 3): a cleanup never guesses.
 */
export async function closedPullRequests(api: GitHubApi, owner: string, repo: string, numbers: readonly number[]): Promise<Set<number>> {
  const closed = new Set<number>();
  for (const number of new Set(numbers)) {
    const what = `pull request #${number}`;
    const pull = requireAnswer(await api.get<unknown>('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number }), what);
    const state = (pull as { state?: unknown } | null)?.state;
    if (state !== 'open' && state !== 'closed') throw new GatesError('GATES_E_API_MALFORMED', { route: what, reason: 'no state open or closed' });
    if (state === 'closed') closed.add(number);
  }
  return closed;
}
