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
  /** Offset of the comment's text (after `#` and spaces) in the file, when there is a comment. */
  commentStart?: number;
  /** Offsets of the value in the file text, for fix mode. */
  start: number;
  end: number;
  /** The value as written, when that differs from the value (quoted, escaped, folded); fix mode rewrites only what it can read back. */
  raw?: string;
  /** The rest of its line, without the line break. */
  trailing: string;
  /** The value parsed once here, as every rule needs it. */
  reference: UsesReference;
  /** The step's `with:` inputs that choose a tool's version (absent when there are none). */
  inputs?: InputFact[];
}

export interface RunFact extends Located {
  script: string;
  /** Line of the script's first line in the file (block scalars start below the key). */
  firstScriptLine: number;
  /** The job the step is in (`jobs.build`, or `runs` for an action): steps of one job share a runner, and its files. */
  job: string;
  /** The step's `shell:`, when it names one. */
  shell?: string;
  /** The step's `working-directory:`, when it names one. */
  workingDirectory?: string;
}

export interface ImageFact extends Located {
  image: string;
  /** Where it was declared: `container`, `services.redis`, `docker action`. */
  where: string;
  /** The job's `strategy.matrix` as parsed (every scalar a string), for an image written with `${{ matrix.… }}`. */
  matrix?: unknown;
}

/** A `with:` input of a `uses:` step that chooses a tool's version (`…version`, `check-latest`). */
export interface InputFact extends Located {
  name: string;
  value: string;
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
// `with:` is kept as one value (js-yaml builds it anyway): positions are found only for the few inputs read.
const STEPS: ShapeSpec = { items: { keys: { uses: LEAF_SPEC, run: LEAF_SPEC, shell: LEAF_SPEC, 'working-directory': LEAF_SPEC, with: LEAF_SPEC } } };
const IMAGE: ShapeSpec = { keys: { image: LEAF_SPEC } };
const SHAPES = {
  workflow: compileShape({
    keys: {
      jobs: { anyKey: { keys: { uses: LEAF_SPEC, container: IMAGE, services: { anyKey: IMAGE }, steps: STEPS, strategy: { keys: { matrix: LEAF_SPEC } } } } },
    },
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
  const visitSteps = (steps: YamlNode | undefined, job: string) => {
    for (const step of sequenceItems(steps)) {
      if (step.kind !== 'mapping') continue;
      const uses = addUses(step, facts, text, at);
      if (uses) addVersionInputs(step, uses, text, position);
      const run = mappingGet(step, 'run');
      if (run?.kind === 'scalar' && typeof run.value === 'string') facts.runs.push(runFact(run, step, job, text, at));
    }
  };
  if (kind === 'workflow') {
    for (const [name, job] of mappingEntries(mappingGet(root, 'jobs'))) {
      if (job.kind !== 'mapping') continue;
      addUses(job, facts, text, at);
      addContainer(job, facts, at);
      visitSteps(mappingGet(job, 'steps'), own(`jobs.${String(name.value)}`));
    }
  } else {
    const runs = mappingGet(root, 'runs');
    visitSteps(mappingGet(runs, 'steps'), 'runs');
    const image = mappingGet(runs, 'image');
    if (image?.kind === 'scalar' && typeof image.value === 'string' && image.value.startsWith('docker://')) {
      const { line, column } = at(image);
      facts.images.push({ image: own(image.value.slice('docker://'.length)), where: 'docker action', line, column });
    }
  }
  return facts;
}

/**
 * A copy of `part` that holds no reference to the text it was cut from. V8 keeps a long substring as a view
 * of its whole parent string, so a fact holding a \`uses:\` value or a script would keep its whole workflow
 * file alive until the rules have run: a thousand files' text copied from one young-generation space to the
 * next and into the old one (bench/: the facts of the 1,000-workflow corpus held 3.4 MB of file text).
 * Appending a character makes a new string that V8 flattens into one copy when it is sliced back.
 */
export function own(part: string): string {
  return `${part} `.slice(0, -1);
}

function addUses(map: YamlNode, facts: WorkflowFacts, text: string, at: (node: YamlNode) => Located): UsesFact | undefined {
  const uses = mappingGet(map, 'uses');
  if (uses?.kind !== 'scalar' || typeof uses.value !== 'string') return undefined;
  const { start, end } = uses;
  const value = own(uses.value);
  const lineEnd = text.indexOf('\n', end);
  const stop = lineEnd === -1 ? text.length : text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
  const trailing = own(text.slice(end, stop));
  const commented = commentOf(trailing);
  const { line, column } = at(uses);
  // Facts live until the rules have run: built whole (no spread), they are single objects the GC copies cheaply.
  const fact: UsesFact = { value, comment: commented?.text, commentStart: commented ? end + commented.offset : undefined, start, end, trailing, reference: parseUses(value), line, column };
  if (!text.startsWith(value, start) || end - start !== value.length) fact.raw = own(text.slice(start, end));
  facts.uses.push(fact);
  return fact;
}

/**
 * The comment after a value: `#`, then its text up to the trailing spaces. Read without a regular expression
 * that backtracks: `(.*?)\s*$` tried every split of a long run of spaces inside the comment (a hostile
 * line of a megabyte took hours); the text is what that pattern matched, and a line break inside it
 * (a lone CR, which YAML ends a line at) still means no comment.
 */
function commentOf(trailing: string): { text: string; offset: number } | undefined {
  // Only a line with `#` after the value can have a comment; most have none.
  if (!trailing.includes('#')) return undefined;
  const lead = /^\s*#\s*/.exec(trailing);
  if (!lead) return undefined;
  const text = trailing.slice(lead[0].length).trimEnd();
  return /[\n\r\u2028\u2029]/.test(text) ? undefined : { text, offset: lead[0].length };
}

const VERSION_INPUT = /(^|[-_])version$|^check-latest$/i;

/** `with:` inputs that choose a tool's version, located by their key in the text after `with:`. */
function addVersionInputs(step: YamlNode, uses: UsesFact, text: string, position: (offset: number) => Located): void {
  const inputs = mappingGet(step, 'with');
  if (inputs?.kind !== 'mapping' || typeof inputs.value !== 'object' || inputs.value === null) return;
  const values = inputs.value as Record<string, unknown>;
  for (const name in values) {
    const value = values[name];
    // Most inputs end in neither `version` nor `latest`: a character test before the pattern.
    const last = name.charCodeAt(name.length - 1);
    if (typeof value !== 'string' || (last !== 110 /* n */ && last !== 78 /* N */ && last !== 116 /* t */) || !VERSION_INPUT.test(name)) continue;
    const key = new RegExp(`(^|[\\s{,])["']?${name.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')}["']?\\s*:[ \\t]*`, 'gm');
    key.lastIndex = inputs.start;
    const found = key.exec(text);
    (uses.inputs ??= []).push({ name: own(name), value: own(value), ...position(found ? found.index + found[0].length : inputs.start) });
  }
}

function addContainer(job: YamlNode, facts: WorkflowFacts, at: (node: YamlNode) => Located): void {
  const pushImage = (node: YamlNode | undefined, where: string) => {
    const image = node?.kind === 'mapping' ? mappingGet(node, 'image') : node;
    if (image?.kind === 'scalar' && typeof image.value === 'string') {
      const { line, column } = at(image);
      const fact: ImageFact = { image: own(image.value), where: own(where), line, column };
      if (image.value.includes('${{')) fact.matrix = mappingGet(mappingGet(job, 'strategy'), 'matrix')?.value;
      facts.images.push(fact);
    }
  };
  pushImage(mappingGet(job, 'container'), 'container');
  for (const [name, service] of mappingEntries(mappingGet(job, 'services'))) pushImage(service, `services.${String(name.value)}`);
}

function runFact(run: YamlNode, step: YamlNode, job: string, text: string, at: (node: YamlNode) => Located): RunFact {
  const { line, column } = at(run);
  // A block scalar's content starts on the line after its `|` or `>` header.
  const isBlock = text[run.start] === '|' || text[run.start] === '>';
  // The parser builds a block scalar by appending line after line: one flat string of its own now instead of
  // a chain of pieces of the file for the GC to copy until the rules run.
  const script = own(String(run.value));
  const fact: RunFact = { script, firstScriptLine: isBlock ? line + 1 : line, line, column, job };
  const shell = mappingGet(step, 'shell')?.value;
  if (typeof shell === 'string') fact.shell = own(shell);
  const directory = mappingGet(step, 'working-directory')?.value;
  if (typeof directory === 'string') fact.workingDirectory = own(directory);
  return fact;
}
