import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { sortFindings, type Finding } from '@gates/core';

/** The order before files were ranked: one stable sort comparing the whole chain. */
function reference(findings: readonly Finding[]): Finding[] {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...findings].sort(
    (a, b) =>
      text(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      text(a.ruleId, b.ruleId) ||
      text(a.message, b.message),
  );
}

const finding = (file: string | undefined, line: number | undefined, fixHint: string, ruleId = 'r', message = 'm'): Finding => ({ ruleId, severity: 'warning', message, file, line, fixHint });

describe('sortFindings', () => {
  test('file, line, column, rule, message; findings with equal keys keep their order', () => {
    const input = [finding('b.yml', 2, 'first'), finding('a.yml', 9, 'x'), finding('b.yml', 2, 'second'), finding(undefined, 1, 'no file'), finding('b.yml', 2, 'third'), finding('b.yml', 1, 'y', 'a-rule')];
    const sorted = sortFindings(input);
    expect(sorted.map((item) => item.fixHint)).toEqual(['no file', 'x', 'y', 'first', 'second', 'third']);
    expect(sorted).toEqual(reference(input));
    // A new array every time, the input untouched, already sorted or not.
    expect(sortFindings(sorted)).not.toBe(sorted);
    expect(sortFindings(sorted)).toEqual(sorted);
    expect(input[0]!.fixHint).toBe('first');
  });

  test('property: the same order as one stable sort over the whole chain', () => {
    const small = (values: string[]) => fc.integer({ min: 0, max: values.length - 1 }).map((index) => values[index]!);
    const arbitraryFinding = fc.record({
      ruleId: small(['a', 'b']),
      severity: fc.constant('warning' as const),
      message: small(['m', 'n']),
      file: fc.option(small(['x.yml', 'y.yml', 'x.yml/z', '']), { nil: undefined }),
      line: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      column: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      fixHint: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 40 }), (findings) => {
        const sorted = sortFindings(findings);
        const expected = reference(findings);
        expect(sorted.length).toBe(expected.length);
        // Identity, not equality: which of two equal-keyed findings comes first is what is checked.
        sorted.forEach((item, index) => expect(item).toBe(expected[index]));
      }),
      { seed: 20261205 },
    );
  });
});
