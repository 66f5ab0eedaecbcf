import { parseUses, type UsesReference } from './uses-reference.js';
import { lineIndex, mappingEntries, mappingGet, parseWithPositions, sequenceItems, type YamlNode } from './yaml-positions.js';
import { compileShape, LEAF_SPEC, type Shape, type ShapeSpec } from './yaml-shape.js';

/**
 * The facts pin-check needs from one workflow or action file: every `uses:`,
 * `run:` and container image, each with its line and column. Collecting facts
 * is separate from judging them (rules are pure over these). Pure: text in.
 */
export interface Located {
  line: number;
  column: number;
}

export interface UsesFact extends Located {
  value: string;
  /** The comment after the value on the same line, without `#`, e.g. "v4.1.1". */
  comment?: string;
  /** Offsets of the value in the file text, for fix mode. */
  start: number;
  end: number;
  /** The value as written, when that differs from the value (quoted, escaped, folded); fix mode rewrites only what it can read back. */
  raw?: string;
  /** The rest of its line, without the line break. */
  trailing: string;
  /** The value parsed once here, as every rule needs it. */
  reference: UsesReference;
}

export interface RunFact extends Located {
  script: string;
  /** Line of the script's first line in the file (block scalars start below the key). */
  firstScriptLine: number;
}

export interface ImageFact extends Located {
  image: string;
  /** Where it was declared: `container`, `services.redis`, `docker action`. */
  where: string;
}

export interface WorkflowFacts {
  file: string;
  kind: 'workflow' | 'action';
  uses: UsesFact[];
  runs: RunFact[];
  images: ImageFact[];
  /** A YAML error: the file could not be read as a workflow. */
  parseError?: { message: string } & Located;
}

/** The parts of a file the facts below read; the parser builds nodes for nothing else. */
const STEPS: ShapeSpec = { items: { keys: { uses: LEAF_SPEC, run: LEAF_SPEC } } };
const IMAGE: ShapeSpec = { keys: { image: LEAF_SPEC } };
const SHAPES = {
  workflow: compileShape({
    keys: { jobs: { anyKey: { keys: { uses: LEAF_SPEC, container: IMAGE, services: { anyKey: IMAGE }, steps: STEPS } } } },
  }),
  action: compileShape({ keys: { runs: { keys: { steps: STEPS, image: LEAF_SPEC } } } }),
};

/** `shape` is for tests: the facts must be the same from the full tree (FULL). */
export function parseWorkflowFacts(file: string, text: string, kind: WorkflowFacts['kind'], shape: Shape = SHAPES[kind]): WorkflowFacts {
  const facts: WorkflowFacts = { file, kind, uses: [], runs: [], images: [] };
  const { root, problem } = parseWithPositions(text, shape);
  if (problem) {
    facts.parseError = problem;
    return facts;
  }
  if (root?.kind !== 'mapping') return facts;
  const position = lineIndex(text);
  const at = (node: YamlNode): Located => position(node.start);
  const visitSteps = (steps: YamlNode | undefined) => {
    for (const step of sequenceItems(steps)) {
      if (step.kind !== 'mapping') continue;
      addUses(step, facts, text, at);
      const run = mappingGet(step, 'run');
      if (run?.kind === 'scalar' && typeof run.value === 'string') facts.runs.push(runFact(run, text, at));
    }
  };
  if (kind === 'workflow') {
    for (const [, job] of mappingEntries(mappingGet(root, 'jobs'))) {
      if (job.kind !== 'mapping') continue;
      addUses(job, facts, text, at);
      addContainer(job, facts, at);
      visitSteps(mappingGet(job, 'steps'));
    }
  } else {
    const runs = mappingGet(root, 'runs');
    visitSteps(mappingGet(runs, 'steps'));
    const image = mappingGet(runs, 'image');
    if (image?.kind === 'scalar' && typeof image.value === 'string' && image.value.startsWith('docker://')) {
      const { line, column } = at(image);
      facts.images.push({ image: image.value.slice('docker://'.length), where: 'docker action', line, column });
    }
  }
  return facts;
}

function addUses(map: YamlNode, facts: WorkflowFacts, text: string, at: (node: YamlNode) => Located): void {
  const uses = mappingGet(map, 'uses');
  if (uses?.kind !== 'scalar' || typeof uses.value !== 'string') return;
  const { start, end } = uses;
  const value = uses.value;
  const lineEnd = text.indexOf('\n', end);
  const trailing = text.slice(end, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  const comment = /^\s*#\s*(.*?)\s*$/.exec(trailing)?.[1];
  const { line, column } = at(uses);
  // Facts live until the rules have run: built whole (no spread), they are single objects the GC copies cheaply.
  const fact: UsesFact = { value, comment, start, end, trailing, reference: parseUses(value), line, column };
  if (!text.startsWith(value, start) || end - start !== value.length) fact.raw = text.slice(start, end);
  facts.uses.push(fact);
}

function addContainer(job: YamlNode, facts: WorkflowFacts, at: (node: YamlNode) => Located): void {
  const pushImage = (node: YamlNode | undefined, where: string) => {
    const image = node?.kind === 'mapping' ? mappingGet(node, 'image') : node;
    if (image?.kind === 'scalar' && typeof image.value === 'string') {
      const { line, column } = at(image);
      facts.images.push({ image: image.value, where, line, column });
    }
  };
  pushImage(mappingGet(job, 'container'), 'container');
  for (const [name, service] of mappingEntries(mappingGet(job, 'services'))) pushImage(service, `services.${String(name.value)}`);
}

function runFact(run: YamlNode, text: string, at: (node: YamlNode) => Located): RunFact {
  const { line, column } = at(run);
  // A block scalar's content starts on the line after its `|` or `>` header.
  const isBlock = text[run.start] === '|' || text[run.start] === '>';
  const script = String(run.value);
  // The parser builds a block scalar by appending line after line: one flat string now (reading a
  // character flattens it) instead of a chain of pieces for the GC to copy until the rules run.
  if (isBlock) script.charCodeAt(0);
  return { script, firstScriptLine: isBlock ? line + 1 : line, line, column };
}
