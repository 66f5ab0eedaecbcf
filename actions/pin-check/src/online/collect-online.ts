import { GatesError, type GitHubApi } from '@gates/core';
import type { RepositoryFacts } from '../repository-facts.js';
import { classifyRef } from '../uses-reference.js';
import { versionInComment } from '../version-comment.js';
import { referenceKey, tagKey, type OnlineFacts, type ReferenceFacts } from './online-facts.js';
import { allTags, branchHead, isOnBranch, recentTags, resolveRef, resolveTag, runtimeAt, tagsMatching } from './resolve-ref.js';

const CONCURRENCY = 6;

/**
 * Asks the GitHub API about every distinct remote `uses:` in the facts: what
 * each tag or branch resolves to (for fix mode), whether SHA pins are on a
 * branch or tag and match their version comment, and which runtime each
 * action declares. A failed lookup is recorded on its reference (the rules
 * and the policy decide what it means); only bugs throw.
 */
export async function collectOnlineFacts(facts: RepositoryFacts, api: GitHubApi, failFast: boolean): Promise<OnlineFacts> {
  const online: OnlineFacts = { references: new Map(), tags: new Map(), commentBranches: new Map(), calls: 0 };
  const comments = new Map<string, Set<string>>();
  for (const workflow of facts.workflows) {
    for (const uses of workflow.uses) {
      const { reference } = uses;
      if (reference.kind !== 'remote') continue;
      const key = referenceKey(reference.owner, reference.repo, reference.path, reference.ref);
      if (!online.references.has(key)) online.references.set(key, { owner: reference.owner, repo: reference.repo, path: reference.path, ref: reference.ref });
      const tag = versionInComment(uses.comment)?.tag;
      if (tag && reference.refKind === 'sha') comments.set(key, (comments.get(key) ?? new Set()).add(tag));
    }
  }
  const jobs = [...online.references.entries()].map(([key, reference]) => () => examine(api, reference, [...(comments.get(key) ?? [])], online, failFast));
  await runPool(jobs, CONCURRENCY);
  online.calls = api.calls;
  online.stopped = api.stopped;
  if (api.rateLimit) online.rateLimit = { limit: api.rateLimit.limit, remaining: api.rateLimit.remaining };
  return online;
}

async function examine(api: GitHubApi, reference: ReferenceFacts, commentTags: string[], online: OnlineFacts, failFast: boolean): Promise<void> {
  const repository = { owner: reference.owner, repo: reference.repo };
  try {
    if (classifyRef(reference.ref) === 'sha') {
      const exists = await resolveRef(api, repository, reference.ref);
      if (!exists) {
        reference.missing = true;
        return;
      }
      reference.commit = reference.ref;
      reference.resolvedVia = 'commit';
      await examineSha(api, reference, commentTags, online);
    } else {
      const resolution = await resolveRef(api, repository, reference.ref);
      if (!resolution) {
        reference.missing = true;
        return;
      }
      reference.commit = resolution.commit;
      reference.resolvedVia = resolution.via;
      // The runner prefers the tag; a branch of the same name is what ref-confusion reports.
      if (resolution.via === 'tag' || resolution.via === 'annotated-tag') reference.alsoBranch = (await branchHead(api, repository, reference.ref)) !== undefined;
      const candidates = resolution.via === 'branch' || resolution.via === 'commit' ? await recentTags(api, repository) : await tagsMatching(api, repository, reference.ref);
      // semver loads only here: an offline run, or one with only SHA pins, never needs it.
      const { mostSpecificTag } = await import('./semver-tags.js');
      reference.bestTag = mostSpecificTag(reference.ref, candidates, resolution.commit) ?? (resolution.via === 'commit' ? undefined : reference.ref);
    }
    reference.runtime = await runtimeAt(api, repository, reference.path, reference.commit);
  } catch (thrown) {
    // `online: required` fails closed on the first failed lookup; `optional` records it as a finding.
    if (failFast || !(thrown instanceof GatesError)) throw thrown;
    reference.error = { code: thrown.code, message: thrown.message };
  }
}

/**
 * A SHA pin: the tags its comments name (or the branches, when no such tag
 * exists), the tags at the commit (stale-action-refs, the comment fix mode
 * writes), and whether a branch or tag of the repository contains it.
 */
async function examineSha(api: GitHubApi, reference: ReferenceFacts, commentTags: string[], online: OnlineFacts): Promise<void> {
  const repository = { owner: reference.owner, repo: reference.repo };
  const sha = reference.ref;
  for (const tag of commentTags) {
    const key = tagKey(reference.owner, reference.repo, tag);
    const resolution = await resolveTag(api, repository, tag);
    online.tags.set(key, resolution?.commit ?? null);
    const branch = resolution ? undefined : await branchHead(api, repository, tag);
    if (branch) online.commentBranches.set(key, branch);
  }
  const { tags, complete } = await allTags(api, repository);
  reference.tagsAtCommit = tags.filter((tag) => tag.commit === sha).map((tag) => tag.name);
  const taggedByComment = commentTags.some((tag) => online.tags.get(tagKey(reference.owner, reference.repo, tag)) === sha);
  reference.tagged = reference.tagsAtCommit.length > 0 || taggedByComment ? true : complete ? false : undefined;
  reference.reachable = reference.tagged === true || (await isOnBranch(api, repository, sha));
  if (reference.tagsAtCommit.length > 0) {
    const { mostSpecificTag } = await import('./semver-tags.js');
    reference.bestTag = mostSpecificTag(commentTags[0] ?? '', tags, sha);
  }
}

async function runPool(jobs: (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
}
