import { describe, expect, test } from '@jest/globals';
import { parseWorkflowFacts } from '../workflow-model.js';
import { applyEdits } from './apply-edits.js';
import { commentEdit } from './comment-edit.js';
import { pinEdit } from './pin-edit.js';
import { unifiedDiff } from './unified-diff.js';

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683';

/** Workflow text in, every uses: pinned to SHA with comment v4.2.2, text out. */
function pinAll(text: string): string {
  const facts = parseWorkflowFacts('.github/workflows/ci.yml', text, 'workflow');
  return applyEdits(text, facts.uses.flatMap((uses) => pinEdit(uses, SHA, 'v4.2.2') ?? []));
}

describe('pinEdit', () => {
  test('rewrites the ref and adds the tag comment, keeping quotes, indentation and other lines', () => {
    const before = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      "      - uses: 'actions/checkout@v4'",
      '      - uses: "actions/checkout@v4"   # pinned later',
      '      # a comment line that must survive',
      '      - name: Build',
      '        run: make  # also this',
      '',
    ].join('\n');
    expect(pinAll(before)).toBe(
      [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: actions/checkout@${SHA} # v4.2.2`,
        `      - uses: 'actions/checkout@${SHA}' # v4.2.2`,
        `      - uses: "actions/checkout@${SHA}"   # v4.2.2`,
        '      # a comment line that must survive',
        '      - name: Build',
        '        run: make  # also this',
        '',
      ].join('\n'),
    );
  });

  test('a new comment after a pinned value takes the separator: one space or two', () => {
    const facts = parseWorkflowFacts('w.yml', 'jobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n', 'workflow');
    expect(pinEdit(facts.uses[0]!, SHA, 'v4.2.2', '  ')!.replacement).toBe(`actions/checkout@${SHA}  # v4.2.2`);
  });

  test('CRLF files stay CRLF and a file without a final newline stays without one', () => {
    const before = 'jobs:\r\n  a:\r\n    runs-on: x\r\n    steps:\r\n      - uses: actions/checkout@v4\r\n      - run: echo hi';
    const after = pinAll(before);
    expect(after).toBe(`jobs:\r\n  a:\r\n    runs-on: x\r\n    steps:\r\n      - uses: actions/checkout@${SHA} # v4.2.2\r\n      - run: echo hi`);
  });

  test('inside a flow mapping the value is pinned without a comment, which would swallow the rest', () => {
    const before = 'jobs:\n  a:\n    runs-on: x\n    steps:\n      - { uses: actions/checkout@v4, with: { fetch-depth: 0 } }\n';
    expect(pinAll(before)).toBe(`jobs:\n  a:\n    runs-on: x\n    steps:\n      - { uses: actions/checkout@${SHA}, with: { fetch-depth: 0 } }\n`);
  });

  test('a reusable workflow reference at job level is pinned too', () => {
    const before = 'jobs:\n  release:\n    uses: octo-org/workflows/.github/workflows/release.yml@v1 # old\n';
    expect(pinAll(before)).toBe(`jobs:\n  release:\n    uses: octo-org/workflows/.github/workflows/release.yml@${SHA} # v4.2.2\n`);
  });

  test('values it cannot rewrite safely (block scalars, escapes) get no edit', () => {
    const block = parseWorkflowFacts('w.yml', 'jobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: >-\n          actions/checkout@v4\n', 'workflow');
    expect(pinEdit(block.uses[0]!, SHA, 'v4')).toBeUndefined();
    const escaped = parseWorkflowFacts('w.yml', 'jobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: "actions/\\x63heckout@v4"\n', 'workflow');
    expect(pinEdit(escaped.uses[0]!, SHA, 'v4')).toBeUndefined();
  });

  test('every edit carries the text it replaces, so a changed file is detected', () => {
    const text = 'jobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: a/b@v1 # x\n';
    const edit = pinEdit(parseWorkflowFacts('w.yml', text, 'workflow').uses[0]!, SHA, 'v1.0.0')!;
    expect(text.slice(edit.start, edit.end)).toBe(edit.expected);
  });
});

describe('applyEdits and unifiedDiff', () => {
  test('overlapping edits are refused', () => {
    expect(() => applyEdits('abcdef', [{ start: 0, end: 3, replacement: 'x' }, { start: 2, end: 4, replacement: 'y' }])).toThrow('overlapping');
  });

  test('the diff has 3 lines of context, merges close changes and applies with patch semantics', () => {
    const before = Array.from({ length: 20 }, (_, index) => `line ${index + 1}`).join('\n') + '\n';
    const after = before.replace('line 5\n', 'LINE 5\n').replace('line 7\n', 'LINE 7\n').replace('line 18\n', 'LINE 18\n');
    expect(unifiedDiff('f.yml', before, after)).toBe(
      [
        '--- a/f.yml',
        '+++ b/f.yml',
        '@@ -2,9 +2,9 @@',
        ' line 2', ' line 3', ' line 4', '-line 5', '+LINE 5', ' line 6', '-line 7', '+LINE 7', ' line 8', ' line 9', ' line 10',
        '@@ -15,6 +15,6 @@',
        ' line 15', ' line 16', ' line 17', '-line 18', '+LINE 18', ' line 19', ' line 20',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('f.yml', before, before)).toBe('');
  });
});

describe('commentEdit: the version comment of a SHA pin, byte-exact', () => {
  /** Every uses: of the text given the comment `tag`, with `separator` before a new comment. */
  function commentAll(text: string, tag: string, separator = ' '): string {
    const facts = parseWorkflowFacts('.github/workflows/ci.yml', text, 'workflow');
    return applyEdits(text, facts.uses.flatMap((uses) => commentEdit(uses, tag, separator) ?? []));
  }
  const steps = (...lines: string[]) => ['jobs:', '  a:', '    runs-on: x', '    steps:', ...lines.map((line) => `      - ${line}`), ''].join('\n');

  test('adds a missing comment after the value (quotes kept), with one space or two', () => {
    expect(commentAll(steps(`uses: actions/checkout@${SHA}`, `uses: "actions/checkout@${SHA}"`), 'v4.2.2')).toBe(steps(`uses: actions/checkout@${SHA} # v4.2.2`, `uses: "actions/checkout@${SHA}" # v4.2.2`));
    expect(commentAll(steps(`uses: actions/checkout@${SHA}`), 'v4.2.2', '  ')).toBe(steps(`uses: actions/checkout@${SHA}  # v4.2.2`));
  });

  test('makes a vague comment specific and corrects a wrong one, replacing only the version in any comment format', () => {
    expect(commentAll(steps(`uses: actions/checkout@${SHA} # v4`, `uses: actions/checkout@${SHA}   #tag=v4.2.1 (pinned by ratchet)`, `uses: actions/checkout@${SHA} # version: v4.1.0`), 'v4.2.2')).toBe(
      steps(`uses: actions/checkout@${SHA} # v4.2.2`, `uses: actions/checkout@${SHA}   #tag=v4.2.2 (pinned by ratchet)`, `uses: actions/checkout@${SHA} # version: v4.2.2`),
    );
  });

  test('replaces a branch named in the comment; keeps CRLF line ends', () => {
    const before = `jobs:\r\n  a:\r\n    runs-on: x\r\n    steps:\r\n      - uses: actions/checkout@${SHA} # main\r\n      - uses: actions/checkout@${SHA}\r\n`;
    expect(commentAll(before, 'v4.2.2')).toBe(`jobs:\r\n  a:\r\n    runs-on: x\r\n    steps:\r\n      - uses: actions/checkout@${SHA} # v4.2.2\r\n      - uses: actions/checkout@${SHA} # v4.2.2\r\n`);
  });

  test('leaves alone what it cannot edit safely: free-text comments, flow mappings, block scalars, a comment already right', () => {
    const text = steps(`uses: actions/checkout@${SHA} # pinned on release day`, `{ uses: actions/checkout@${SHA}, with: { fetch-depth: 0 } }`, `uses: >-\n          actions/checkout@${SHA}`, `uses: actions/checkout@${SHA} # v4.2.2`);
    expect(commentAll(text, 'v4.2.2')).toBe(text);
  });

  test('the edit carries the text it replaces', () => {
    const text = steps(`uses: actions/checkout@${SHA} # tag=v4`);
    const edit = commentEdit(parseWorkflowFacts('w.yml', text, 'workflow').uses[0]!, 'v4.2.2', ' ')!;
    expect(text.slice(edit.start, edit.end)).toBe(edit.expected);
    expect(edit.expected).toBe('v4');
  });
});
