import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { escapeCommandData, escapeCommandProperty, formatAnnotation, renderAnnotations, type Finding } from '@gates/core';
import { parseWorkflowCommands } from '../harness/workflow-commands.js';

const finding = (over: Partial<Finding> = {}): Finding => ({ ruleId: 'r', severity: 'error', message: 'm', ...over });

describe('annotations', () => {
  test('escapes %, CR and LF in data and also : and , in properties', () => {
    expect(escapeCommandData('100%\r\nok')).toBe('100%25%0D%0Aok');
    expect(escapeCommandProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  test('round-trips through the runner\'s parsing: hostile file names and messages survive intact', () => {
    const hostile = finding({ file: 'dir,x/we:ird%20name.yml', line: 3, column: 7, message: 'line one\nline two :: 50%', ruleId: 'rule,id' });
    const [parsed] = parseWorkflowCommands(formatAnnotation(hostile));
    expect(parsed).toEqual({ command: 'error', properties: { file: 'dir,x/we:ird%20name.yml', line: '3', col: '7', title: 'rule,id' }, data: 'line one\nline two :: 50%' });
  });

  test('bidi controls in untrusted paths and messages are shown as \\uNNNN, never obeyed (they would reorder what is read)', () => {
    const hostile = finding({ file: 'src/invoice\u202Etxt.exe', line: 1, message: 'safe \u2066hidden\u2069 \u200F', ruleId: 'rule\u202D' });
    const [parsed] = parseWorkflowCommands(formatAnnotation(hostile));
    expect(parsed).toEqual({ command: 'error', properties: { file: 'src/invoice\\u202etxt.exe', line: '1', title: 'rule\\u202d' }, data: 'safe \\u2066hidden\\u2069 \\u200f' });
    expect(formatAnnotation(hostile)).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  test('notes become notices; the fix hint is appended', () => {
    expect(formatAnnotation(finding({ severity: 'note', fixHint: 'do x' }))).toBe('::notice title=r::m%0AFix: do x');
  });

  test('caps each severity at the runner limit and counts what was dropped; waived findings are not annotated', () => {
    const findings = [
      ...Array.from({ length: 13 }, (_, i) => finding({ file: 'a', line: i + 1 })),
      ...Array.from({ length: 2 }, () => finding({ severity: 'warning' })),
      finding({ waived: { reason: 'ok' } }),
    ];
    const batch = renderAnnotations(findings, 10);
    expect(batch.annotations.filter((a) => a.finding.severity === 'error')).toHaveLength(10);
    expect(batch.annotations.filter((a) => a.finding.severity === 'warning')).toHaveLength(2);
    expect(batch.dropped).toEqual({ error: 3, warning: 0, note: 0 });
    expect(batch.annotations[0]!.finding.line).toBe(1);
  });

  test('the action\'s rule priority picks which findings get the few annotations, and a new problem beats a repeat', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding({ ruleId: 'unpinned-install', file: 'a.yml', line: i + 1, message: `install ${i}` })),
      ...Array.from({ length: 8 }, (_, i) => finding({ ruleId: 'unpinned-uses', file: 'b.yml', line: i + 1, message: 'actions/checkout@v4 is pinned to a tag.' })),
      finding({ ruleId: 'unpinned-uses', file: 'c.yml', line: 1, message: 'Swatinem/rust-cache@v2 is pinned to a tag.' }),
    ];
    const chosen = renderAnnotations(findings, 10, ['unpinned-uses', 'unpinned-install']).annotations.map((a) => `${a.finding.ruleId} ${a.finding.file}:${a.finding.line}`);
    // Both distinct unpinned-uses problems first, then the other repeats of checkout, then installs to fill; emitted in file order.
    expect(chosen).toEqual([
      'unpinned-install a.yml:1',
      'unpinned-uses b.yml:1', 'unpinned-uses b.yml:2', 'unpinned-uses b.yml:3', 'unpinned-uses b.yml:4',
      'unpinned-uses b.yml:5', 'unpinned-uses b.yml:6', 'unpinned-uses b.yml:7', 'unpinned-uses b.yml:8',
      'unpinned-uses c.yml:1',
    ]);
    // Without a priority: file order, as before.
    expect(renderAnnotations(findings, 10).annotations.every((a) => a.finding.file === 'a.yml')).toBe(true);
  });

  // The plain model the ranked choice must equal: sort everything, keep the first `limit`.
  const model = (findings: Finding[], limit: number, priority: string[]) => {
    const rank = (item: Finding) => (priority.includes(item.ruleId) ? priority.indexOf(item.ruleId) : priority.length);
    const said = new Set<string>();
    const first = new Set(findings.filter((item) => !said.has(`${item.ruleId} ${item.message}`) && said.add(`${item.ruleId} ${item.message}`)));
    const ranked = [...findings].sort((a, b) => rank(a) - rank(b) || Number(first.has(b)) - Number(first.has(a)));
    const chosen = new Set(findings.length <= limit ? findings : ranked.slice(0, limit));
    return findings.filter((item) => chosen.has(item)).map((item) => `${item.ruleId} ${item.line}`);
  };

  test('property: the choice is the stable sort by (rule priority, repeat) cut at the limit, in file order', () => {
    const rules = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(fc.array(fc.record({ ruleId: rules, message: fc.constantFrom('x', 'y', 'z') }), { maxLength: 40 }), fc.integer({ min: 0, max: 12 }), fc.array(rules, { maxLength: 4 }), (shapes, limit, priority) => {
        const findings = shapes.map((shape, index) => finding({ ...shape, file: 'f.yml', line: index + 1 }));
        const chosen = renderAnnotations(findings, limit, priority).annotations.map((a) => `${a.finding.ruleId} ${a.finding.line}`);
        expect(chosen).toEqual(model(findings, limit, priority));
      }),
      { numRuns: 300 },
    );
  });

  test('property: with severities and waivers mixed, each severity gets the model\'s choice among its unwaived findings', () => {
    // Long runs of few messages: the choice stops early inside a rank, which must not change what it picks.
    const rules = fc.constantFrom('a', 'b', 'c');
    const shape = fc.record({ ruleId: rules, message: fc.constantFrom('x', 'y'), severity: fc.constantFrom('error' as const, 'warning' as const), waived: fc.boolean() });
    fc.assert(
      fc.property(fc.array(shape, { maxLength: 120 }), fc.integer({ min: 0, max: 12 }), fc.array(rules, { maxLength: 3 }), (shapes, limit, priority) => {
        const findings = shapes.map(({ waived, ...rest }, index) => finding({ ...rest, ...(waived ? { waived: { reason: 'accepted' } } : {}), file: 'f.yml', line: index + 1 }));
        const batch = renderAnnotations(findings, limit, priority);
        for (const severity of ['error', 'warning'] as const) {
          const eligible = findings.filter((item) => item.severity === severity && !item.waived);
          const chosen = batch.annotations.filter((a) => a.finding.severity === severity).map((a) => `${a.finding.ruleId} ${a.finding.line}`);
          expect(chosen).toEqual(model(eligible, limit, priority));
          expect(batch.dropped[severity]).toBe(Math.max(0, eligible.length - limit));
        }
      }),
      { numRuns: 300 },
    );
  });
});
