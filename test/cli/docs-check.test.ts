import { describe, expect, test } from '@jest/globals';
import { checkDocs } from '../../actions/docs-check/src/docs/check-docs.js';
import { githubSlug, scanMarkdown } from '../../actions/docs-check/src/docs/markdown-scan.js';
import { parseBlock } from '../../actions/docs-check/src/docs/parse-blocks.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

describe('docs-check: GitHub heading anchors', () => {
  test.each([
    ['Exit codes', 'exit-codes'],
    ['The `gates` CLI', 'the-gates-cli'],
    ['Phase A — controls (planned)', 'phase-a--controls-planned'],
    ['GATES_E_USAGE', 'gates_e_usage'],
    ['[pin-check](pin-check/README.md) reference', 'pin-check-reference'],
    ['Ünïcode & more?', 'ünïcode--more'],
  ])('%s → #%s', (heading, slug) => {
    expect(githubSlug(heading)).toBe(slug);
  });

  test('repeated headings get -1, -2; explicit anchors count; code blocks hold no headings or links', () => {
    const scanned = scanMarkdown('# A\n## A\n## A\n<a id="custom"></a>\n```md\n# not a heading\n[not](a-link.md)\n```\n[x](b.md#a-1) `[code](span.md)`\n');
    expect([...scanned.anchors]).toEqual(['a', 'a-1', 'a-2', 'custom']);
    expect(scanned.links).toEqual([{ target: 'b.md#a-1', line: 9 }]);
    expect(scanned.blocks).toEqual([{ language: 'md', text: '# not a heading\n[not](a-link.md)', line: 6 }]);
  });
});

describe('docs-check: blocks parse with their own parsers', () => {
  test('YAML and JSON', async () => {
    expect(await parseBlock('yaml', 'a: 1\nb: [2')).toMatch(/flow sequence|Missing closing/i);
    expect(await parseBlock('yaml', 'a: 1\n---\nb: 2\n')).toBe('');
    expect(await parseBlock('json', '{"a": 1,}')).toMatch(/JSON/);
    expect(await parseBlock('sh', 'anything')).toBeUndefined();
  });

  test('Mermaid, by mermaid\'s own parser (labels included, which need DOMPurify without a DOM)', async () => {
    expect(await parseBlock('mermaid', 'flowchart LR\n  A[A controls] -->|verdict| B[B foundations]\n')).toBe('');
    expect(await parseBlock('mermaid', 'flowchart LR\n  A -->\n')).toMatch(/Parse error on line/);
    expect(await parseBlock('mermaid', 'not-a-diagram\n')).toMatch(/No diagram type detected/);
  }, 30_000);
});

describe('docs-check on files', () => {
  test('a missing file, a missing anchor in another file and in the same one, a broken block; external links only listed', async () => {
    const files: Record<string, string> = {
      'a.md': '# Title\n[ok](b.md#usage) [ok](#title) [dir](docs)\n[gone](missing.md) [bad](b.md#nope) [self](#nowhere)\n[web](https://example.com/x)\n```json\n{]\n```\n',
      'b.md': '## Usage\n',
    };
    const scanned = scanMarkdown(files['a.md']!);
    const result = await checkDocs('a.md', scanned, {
      exists: (path) => path in files || path === 'docs',
      anchorsOf: (path) => (files[path] ? scanMarkdown(files[path]!).anchors : undefined),
      parseBlock,
    }, (_from, target) => target);
    expect(result.problems.map((problem) => `${problem.line}: ${problem.message.replace(/: Unexpected.*|: Expected.*/, '')}`)).toEqual([
      '3: link to missing.md: no such file',
      '3: link to b.md#nope: no heading with anchor #nope',
      '3: link to #nowhere: no heading with anchor #nowhere',
      '6: json block does not parse',
    ]);
    expect(result.external).toEqual([{ url: 'https://example.com/x', line: 4 }]);
  });

  test('the CLI: exit 1 with file:line for each problem, exit 0 on clean docs', async () => {
    const dir = makeWorkspace({ 'README.md': '# R\n[d](docs/x.md#top)\n', 'docs/x.md': '# Top\n[back](../README.md#r) [broken](../nope.md)\n' });
    const bad = await runCli(['docs-check', '--workspace', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('docs/x.md:2: link to ../nope.md: no such file');
    expect(bad.stdout).toContain('docs-check: 2 file(s), 1 problem(s) (external links not checked: --external)');
    const good = await runCli(['docs-check', 'README.md', '--workspace', dir]);
    expect(good.code).toBe(0);
  });
});
