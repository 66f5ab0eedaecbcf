import { valueAt, type EffectiveConfig, type GitHubApi, type LedgerRecord } from '@gates/core';
import { dependencyChain } from '../evaluate/dependencies.js';
import type { CompiledPolicy } from '../policy/compile.js';
import { gateHistory, type SegmentOrigins } from './gate-history.js';
import { publishedVerdict, workflowPathOf } from './published-verdicts.js';
import type { GateHistory } from './request.js';

export interface LookupContext {
  env: NodeJS.ProcessEnv;
  config: EffectiveConfig;
  token: string;
  github: (why: string) => Promise<GitHubApi>;
  /** Which records came from other jobs' segments (and whether their signatures were checked). */
  segments?: SegmentOrigins;
}

/**
 * Each predecessor's standing for the commit: from the ledger first (this
 * run's records, merged with the segments other jobs published), then, for a
 * gate the ledger has no verdict for, from a verdict published on the commit
 * by a trusted workflow run (published-verdicts.ts). A failure in the ledger
 * stands; a published pass does not overturn it. Without a token nothing is
 * looked up and the gate stays missing (deny), saying so.
 */
export async function dependencyHistory(policy: CompiledPolicy, command: string, records: readonly LedgerRecord[], sha: string | undefined, context: LookupContext): Promise<GateHistory> {
  const history = gateHistory(records, sha, context.segments);
  const sources = history.sources ?? new Map<string, string>();
  for (const source of sources.keys()) sources.set(source, `ledger: ${sources.get(source)}`);
  const missing = dependencyChain(command, policy.dependencies, history).filter((link) => link.status === 'missing');
  if (missing.length === 0 || !sha) return { ...history, sources };
  const [owner = '', repo = ''] = (context.env.GITHUB_REPOSITORY ?? '/').split('/');
  if (!context.token || !owner || !repo) {
    for (const link of missing) sources.set(link.gate, 'not in the ledger; published verdicts were not looked up (no token or repository)');
    return { ...history, sources };
  }
  const configured = valueAt(context.config.values, 'trusted-workflows') as string[] | undefined;
  const own = workflowPathOf(context.env.GITHUB_WORKFLOW_REF);
  const trusted = configured ?? (own ? [own] : []);
  const api = await context.github('published verdicts of predecessor gates');
  for (const link of missing) {
    const published = await publishedVerdict(api, owner, repo, sha, link.gate, trusted);
    if (!published) {
      sources.set(link.gate, 'not in the ledger, and no verdict published on the commit');
      continue;
    }
    sources.set(link.gate, published.source);
    if (published.status !== 'missing') history.verdicts.set(link.gate, published.status);
  }
  return { ...history, sources };
}
