import { describe, expect, test } from '@jest/globals';
import { ruleAppliesTo, severityFor } from './policy.js';
import { policy } from './testing/facts-from-files.js';

describe('pin-check policy', () => {
  const scoped = policy({
    rules: { 'missing-lockfile': 'off', 'unpinned-image': 'warning' },
    paths: {
      'unpinned-install': { include: ['.github/workflows/**'], exclude: ['.github/workflows/experimental-*.yml'] },
      'unpinned-uses': { exclude: ['examples/**'] },
    },
  });

  test('a path scope limits a rule to its include globs, minus its exclude globs', () => {
    expect(ruleAppliesTo(scoped, 'unpinned-install', '.github/workflows/ci.yml')).toBe(true);
    expect(ruleAppliesTo(scoped, 'unpinned-install', '.github/workflows/experimental-arm.yml')).toBe(false);
    expect(ruleAppliesTo(scoped, 'unpinned-install', 'action.yml')).toBe(false);
  });

  test('an exclude-only scope applies everywhere else; unscoped rules apply everywhere; off rules nowhere', () => {
    expect(ruleAppliesTo(scoped, 'unpinned-uses', 'examples/demo/action.yml')).toBe(false);
    expect(ruleAppliesTo(scoped, 'unpinned-uses', '.github/workflows/ci.yml')).toBe(true);
    expect(ruleAppliesTo(scoped, 'unpinned-image', 'examples/demo/Dockerfile')).toBe(true);
    expect(ruleAppliesTo(scoped, 'missing-lockfile', 'package.json')).toBe(false);
  });

  test('one scope answers right for many files in a row, alternating in and out of it', () => {
    const answers = Array.from({ length: 50 }, (_, index) => ruleAppliesTo(scoped, 'unpinned-install', `.github/workflows/${index % 2 ? 'experimental-' : ''}w${index}.yml`));
    expect(answers.filter(Boolean)).toHaveLength(25);
    expect(answers[0]).toBe(true);
    expect(answers[1]).toBe(false);
  });

  test('a severity override replaces the rule default; off keeps the default severity for reporting', () => {
    expect(severityFor(scoped, { id: 'unpinned-image', description: '', severity: 'error' })).toBe('warning');
    expect(severityFor(scoped, { id: 'unpinned-uses', description: '', severity: 'error' })).toBe('error');
    expect(severityFor(scoped, { id: 'missing-lockfile', description: '', severity: 'error' })).toBe('error');
  });
});
