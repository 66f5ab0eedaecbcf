import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { FIXTURES } from './fixtures.js';
import { formatProblem, validateWorkflow } from './parser/validate-workflow.js';
import { DEFAULT_SELF_REPOSITORY, resolveWorkflowReference } from './references.js';

const REPOSITORY_WORKFLOWS = join(REPO_ROOT, '.github', 'workflows');

function workflowsIn(directory: string): string[] {
  return readdirSync(directory).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(directory, name));
}

/** Validates a file as the runner does: reusable workflows it calls are read too. */
async function problemsOf(path: string): Promise<string[]> {
  const directory = join(path, '..');
  const read = (reference: string) => {
    const file = resolveWorkflowReference(reference.startsWith('.github/') ? `./${reference}` : reference, directory, DEFAULT_SELF_REPOSITORY, path);
    return { name: basename(file), content: readFileSync(file, 'utf8') };
  };
  return (await validateWorkflow(basename(path), readFileSync(path, 'utf8'), read)).map(formatProblem);
}

describe('every workflow parses with @actions/workflow-parser, without an error or warning', () => {
  test.each(workflowsIn(REPOSITORY_WORKFLOWS).map((path) => [path.slice(REPO_ROOT.length + 1), path]))('%s', async (_name, path) => {
    expect(await problemsOf(path)).toEqual([]);
  });

  test.each(workflowsIn(FIXTURES).filter((path) => !path.endsWith('miswired-input.yml')).map((path) => [basename(path), path]))('fixture %s', async (_name, path) => {
    expect(await problemsOf(path)).toEqual([]);
  });

  test('the parser reports a broken workflow with file:line:column', async () => {
    expect(await problemsOf(join(FIXTURES, 'miswired-input.yml'))).toEqual([
      'miswired-input.yml:9:11: Input label is required, but not provided while calling.',
      'miswired-input.yml:11:14: Invalid input, lable is not defined in the referenced workflow.',
    ]);
    const problems = await validateWorkflow('bad.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n');
    expect(problems.map(formatProblem)).toContain("bad.yml:5:5: Unexpected value 'stepz'");
  });
});
