import { describe, expect, test } from '@jest/globals';
import { DNS_LABEL, deriveNamespace, MAX_LABEL_LENGTH, type NamespaceValues } from './derive-namespace.js';

const TEMPLATE = '{repo}-pr{number}-{sha7}';

/** A small deterministic generator (mulberry32): the same million samples on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Repository names as GitHub allows them (letters, digits, `-`, `_`, `.`), some long enough to need cutting.
const REPOS = ['api', 'Web-App', 'my_service', 'docs.site', 'a', 'x'.repeat(60), 'Octo.Repo_2', '-lead', 'trail-', 'a--b', `deep-${'n'.repeat(45)}`];

/** The index-th sample: distinct by construction (its pull request number), so no bookkeeping of inputs is needed. */
function sample(next: () => number, index: number): NamespaceValues {
  const repo = REPOS[index % REPOS.length]!;
  const sha = Math.floor(next() * 2 ** 28).toString(16).padStart(7, '0');
  return { repo, owner: 'octo-org', number: index + 1, sha, ref: 'main', environment: 'preview', run: '1' };
}

const PULL_42: NamespaceValues = { repo: 'r', owner: 'o', number: 42, sha: 'ffac537e6cbbf934b08745a378932722df287a53', ref: 'main', environment: 'e', run: '1' };

describe('ephemeral namespace derivation', () => {
  test('1,000,000 distinct inputs give 1,000,000 distinct valid DNS labels, the same on every call', () => {
    const next = random(24);
    const names = new Set<string>();
    let hashed = 0;
    for (let index = 0; index < 1_000_000; index++) {
      const values = sample(next, index);
      const name = deriveNamespace(TEMPLATE, values);
      if (name.length > MAX_LABEL_LENGTH || !DNS_LABEL.test(name)) throw new Error(`not a DNS label: ${name}`);
      if (names.has(name)) throw new Error(`sample ${index} gives ${name}, as an earlier one did`);
      names.add(name);
      if (name.includes('--')) hashed++;
      if (index % 100_000 === 0) expect(deriveNamespace(TEMPLATE, values)).toBe(name);
    }
    // Both kinds of name are in the sample: as written, and cleaned with a hash.
    expect(hashed).toBeGreaterThan(100_000);
    expect(names.size - hashed).toBeGreaterThan(100_000);
  });

  test.each([
    [{ repo: 'api' }, 'api-pr42-ffac537'],
    [{ repo: 'Web-App' }, 'web-app-pr42-ffac537'],
    [{ repo: 'my_service' }, /^my-service-pr42-ffac537--[0-9a-f]{16}$/],
    [{ repo: 'x'.repeat(70) }, /^x{45}--[0-9a-f]{16}$/],
    [{ repo: '___' }, /^pr42-ffac537--[0-9a-f]{16}$/],
  ])('%j gives %p', (change, expected) => {
    const name = deriveNamespace(TEMPLATE, { ...PULL_42, ...change });
    if (typeof expected === 'string') expect(name).toBe(expected);
    else expect(name).toMatch(expected);
  });

  test('a cleaned name never equals a name written so (no double dash outside the hash separator)', () => {
    const values = { repo: 'a', owner: 'o', number: 1, sha: 'abcdef0', ref: 'main', environment: 'e', run: '1' };
    const clean = deriveNamespace('a--b', values);
    expect(clean).toMatch(/^a-b--[0-9a-f]{16}$/);
    expect(deriveNamespace('a-b', values)).toBe('a-b');
  });
});
