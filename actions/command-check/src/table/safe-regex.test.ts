import { describe, expect, test } from '@jest/globals';
import { unsafeRegexReason } from './safe-regex.js';

describe('unsafeRegexReason', () => {
  test.each(['^ok$', '^unknown command: \\w+', 'a+b*c', '(ab)+', '(a+){2}', '[(a+)+]*', '\\(a+\\)+', '"route":"[a-z.]+"', '(?:x|y)*z'])('%s may run', (source) => {
    expect(unsafeRegexReason(source)).toBeUndefined();
  });

  test.each(['(a+)+', '^(\\w*)*$', '((ab)*c)+', '(x+){3,}', '(?:a|b+)*'])('%s is refused: a nested unbounded repetition', (source) => {
    expect(unsafeRegexReason(source)).toMatch(/repeats a group that itself repeats/);
  });

  test('backreferences and patterns that do not compile are refused', () => {
    expect(unsafeRegexReason('(a)\\1')).toMatch(/backreference/);
    expect(unsafeRegexReason('(?<x>a)\\k<x>')).toMatch(/backreference/);
    expect(unsafeRegexReason('(unclosed')).toMatch(/^it does not compile/);
  });
});
