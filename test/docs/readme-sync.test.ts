import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACTION_NAMES, ACTIONS } from '@gates/dispatcher';
import { ERROR_CATALOGUE } from '@gates/core';
import { REPO_ROOT } from '../harness/run-bundle.js';

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const ERRORS_DOC = readFileSync(join(REPO_ROOT, 'docs', 'errors.md'), 'utf8');
/** Each action's reference lives beside its top-level action.yml: what GitHub shows at org/gates/<name>. */
const actionReadme = (name: string) => readFileSync(join(REPO_ROOT, name, 'README.md'), 'utf8');

/** Rows of the Markdown table between `<!-- kind:name -->` markers, first column unquoted. */
function tableRows(kind: 'inputs' | 'outputs', name: string): string[][] {
  const match = new RegExp(`<!-- ${kind}:${name} -->\\n([\\s\\S]*?)<!-- /${kind}:${name} -->`).exec(actionReadme(name));
  if (!match) throw new Error(`README has no ${kind} table for ${name}`);
  return match[1]!
    .trim()
    .split('\n')
    .slice(2)
    .map((row) => row.split('|').slice(1, -1).map((cell) => cell.trim().replace(/^`|`$/g, '')));
}

describe.each(ACTION_NAMES)('<name>/README.md of %s', (name) => {
  const action = parse(readFileSync(join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8'));

  test('inputs table matches action.yml (name, required, default, description)', () => {
    const expected = Object.entries(action.inputs as Record<string, { description: string; required?: boolean; default?: string }>).map(
      ([input, spec]) => [input, spec.required ? 'yes' : 'no', spec.default ?? '', spec.description],
    );
    expect(tableRows('inputs', name)).toEqual(expected);
  });

  test('every rule has its own heading, the anchor its findings link to', async () => {
    const definition = await ACTIONS[name]!();
    expect(definition.rules.length).toBeGreaterThan(0);
    for (const rule of definition.rules) {
      expect(actionReadme(name)).toMatch(new RegExp(`^### ${name}: ${rule.id}$`, 'm'));
      expect(rule.docs).toMatch(new RegExp(`/${name}/README\\.md#${name}-${rule.id}$`));
    }
  });

  test('outputs table matches action.yml', () => {
    const expected = Object.entries(action.outputs as Record<string, { description: string }>).map(([output, spec]) => [output, spec.description]);
    expect(tableRows('outputs', name)).toEqual(expected);
  });

  test('has a copy-paste workflow example and its generated top-level action.yml', () => {
    expect(actionReadme(name)).toMatch(new RegExp(`uses: org/gates/${name}@[0-9a-f]{40} # v\\d+\\.\\d+\\.\\d+`));
    expect(README).toContain(`(${name}/README.md)`);
    const generated = parse(readFileSync(join(REPO_ROOT, name, 'action.yml'), 'utf8'));
    expect(generated.runs).toEqual({ using: 'node24', main: `../dist/${name}/index.js` });
    expect(action.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
    expect(existsSync(join(REPO_ROOT, 'dist', name, 'index.js'))).toBe(true);
  });
});

describe('README reference sections', () => {
  test.each(Object.keys(ERROR_CATALOGUE))('docs/errors.md documents error %s under its own heading (the docs anchor)', (code) => {
    expect(ERRORS_DOC).toMatch(new RegExp(`^### ${code}$`, 'm'));
  });

  test('quick start is exactly the two commands', () => {
    expect(README).toContain('## Quick start\n\n```sh\nnpm ci && npm run demo\nnpm test\n```');
  });
});
