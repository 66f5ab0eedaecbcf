import { describe, expect, test } from '@jest/globals';
import { structuralDiff } from '@gates/core';
import { diffLines } from './drift-summary.js';

describe('the diff as the log prints it', () => {
  // A key of the document is untrusted text: a line break in it must not print a line that reads as another change.
  test('one line per path, whatever the keys hold (line breaks, bidirectional overrides)', () => {
    const diff = structuralDiff({ important: 1 }, { important: 1, 'x\n- /important\r~ /y': 2, 'safe\u202Eexe.txt': 3 }, new Set());
    const lines = diffLines(diff).split('\n');
    expect(lines).toEqual(['+ /safe\\u202eexe.txt', '+ /x\\n- ~1important\\r~0 ~1y']);
  });
});
