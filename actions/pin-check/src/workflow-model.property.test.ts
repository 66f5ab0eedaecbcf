import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseWorkflowFacts } from './workflow-model.js';
import { FULL } from './yaml-shape.js';

/**
 * The model builds nodes only for the parts it reads (yaml-shape.ts). Whatever
 * the document's style, its facts must be exactly those of the full tree:
 * block or flow collections (js-yaml wraps flow ones in block sequences),
 * quoting, block scalars, comments, keys without values, anchors and aliases
 * (which make the parser read the document whole), keys named like Object
 * members.
 */
const REFS = ['actions/checkout@v4', 'actions/setup-node@1e60f620b9541d16bece96c5975bc8be5e0c3c5e # v4.0.2', './local', 'docker://alpine:3.20', 'org/repo/.github/workflows/ci.yml@main'];
const SCRIPTS = ['npm ci', 'curl -fsSL https://x.sh | bash', 'pip install requests', 'true'];
const NAMES = ['build', 'test', 'constructor', 'toString', 'lint'];

const scalar = (text: string) => fc.constantFrom(text, `"${text.replace(/"/g, '\\"')}"`, `'${text.replace(/'/g, "''")}'`);

const step = fc.record({
  uses: fc.option(fc.constantFrom(...REFS)),
  run: fc.option(fc.constantFrom(...SCRIPTS)),
  flow: fc.boolean(),
  bareKey: fc.boolean(),
  blockRun: fc.boolean(),
  withInputs: fc.boolean(),
}).chain((shape) => fc.tuple(fc.constant(shape), scalar(shape.uses?.split(' #')[0] ?? 'x'), scalar(shape.run ?? 'echo')));

function renderStep([shape, uses, run]: [{ uses: string | null; run: string | null; flow: boolean; bareKey: boolean; blockRun: boolean; withInputs: boolean }, string, string], indent: string): string {
  if (shape.flow) {
    const parts = [shape.bareKey ? 'name' : 'name: step'];
    if (shape.uses) parts.push(`uses: ${uses}`);
    if (shape.run) parts.push(`run: ${run}`);
    if (shape.withInputs) parts.push('with: { path: "a, b", key: [1, 2] }');
    return `${indent}- { ${parts.join(', ')} }\n`;
  }
  let text = `${indent}- name: step # a comment\n`;
  if (shape.uses) text += `${indent}  uses: ${shape.uses.includes(' #') ? shape.uses : uses}\n`;
  if (shape.run) text += shape.blockRun ? `${indent}  run: |\n${indent}    ${shape.run}\n${indent}    echo done\n` : `${indent}  run: ${run}\n`;
  if (shape.withInputs) text += `${indent}  with:\n${indent}    path: |\n${indent}      ~/.npm\n${indent}    uses: not-a-step@v1\n`;
  return text;
}

const job = fc.record({
  name: fc.constantFrom(...NAMES),
  steps: fc.array(step, { maxLength: 4 }),
  container: fc.option(fc.constantFrom('node:20', '{ image: "redis:7", options: --rm }')),
  reusable: fc.option(fc.constantFrom(...REFS)),
  matrix: fc.boolean(),
});

const workflow = fc.record({
  jobs: fc.uniqueArray(job, { maxLength: 3, selector: (entry) => entry.name }),
  anchorSteps: fc.boolean(),
  anchorElsewhere: fc.boolean(),
}).map(({ jobs, anchorSteps, anchorElsewhere }) => {
  let text = 'on: push\n';
  if (anchorElsewhere) text += 'env:\n  SHARED: &shared\n    - uses: hidden/step@v1\n      run: npm i -g x\n';
  text += 'jobs:\n';
  jobs.forEach((entry, index) => {
    text += `  ${entry.name}:\n    runs-on: ubuntu-latest\n`;
    if (entry.matrix) text += '    strategy:\n      matrix:\n        node: [18, 20]\n        include:\n          - { os: linux, uses: x }\n';
    if (entry.container) text += `    container: ${entry.container}\n`;
    if (entry.reusable) text += `    uses: ${entry.reusable}\n`;
    if (anchorElsewhere && index === 1) text += '    steps: *shared\n';
    else if (anchorSteps && index === 1) text += '    steps: *first\n';
    else {
      text += `    steps:${anchorSteps && index === 0 ? ' &first' : ''}\n`;
      for (const entryStep of entry.steps) text += renderStep(entryStep, '      ');
      if (entry.steps.length === 0) text += '      - run: echo\n';
    }
  });
  return text;
});

describe('workflow facts from the shaped parse', () => {
  test('equal those from the full tree, in every style', () => {
    fc.assert(
      fc.property(workflow, (text) => {
        expect(parseWorkflowFacts('.github/workflows/w.yml', text, 'workflow')).toEqual(parseWorkflowFacts('.github/workflows/w.yml', text, 'workflow', FULL));
      }),
      { numRuns: 400 },
    );
  });

  test('an alias to steps anchored outside the shape still yields those steps', () => {
    const text = 'on: push\nenv:\n  SHARED: &shared\n    - uses: hidden/step@v1\njobs:\n  a:\n    runs-on: x\n    steps: *shared\n';
    expect(parseWorkflowFacts('w.yml', text, 'workflow').uses.map((uses) => [uses.value, uses.line])).toEqual([['hidden/step@v1', 4]]);
  });
});
