import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';

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
  /** The value as written (with its quotes, if any), and the rest of its line (without the line break). */
  raw: string;
  trailing: string;
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

export function parseWorkflowFacts(file: string, text: string, kind: WorkflowFacts['kind']): WorkflowFacts {
  const facts: WorkflowFacts = { file, kind, uses: [], runs: [], images: [] };
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: true });
  const problem = document.errors[0];
  if (problem) {
    const position = problem.linePos?.[0] ?? { line: 1, col: 1 };
    facts.parseError = { message: problem.message.split('\n')[0]!.split(' at line ')[0]!, line: position.line, column: position.col };
    return facts;
  }
  const root = document.contents;
  if (!isMap(root)) return facts;
  const at = (node: Node): Located => {
    const { line, col } = lines.linePos(node.range?.[0] ?? 0);
    return { line, column: col };
  };
  const visitSteps = (steps: unknown) => {
    if (!isSeq(steps)) return;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      addUses(step, facts, text, at);
      const run = step.get('run', true);
      if (isScalar(run) && typeof run.value === 'string') facts.runs.push(runFact(run, at));
    }
  };
  if (kind === 'workflow') {
    const jobs = root.get('jobs', true);
    if (!isMap(jobs)) return facts;
    for (const pair of jobs.items) {
      const job = pair.value;
      if (!isMap(job)) continue;
      addUses(job, facts, text, at);
      addContainer(job, facts, at);
      visitSteps(job.get('steps', true));
    }
  } else {
    const runs = root.get('runs', true);
    if (!isMap(runs)) return facts;
    visitSteps(runs.get('steps', true));
    const image = runs.get('image', true);
    if (isScalar(image) && typeof image.value === 'string' && image.value.startsWith('docker://')) {
      facts.images.push({ image: image.value.slice('docker://'.length), where: 'docker action', ...at(image) });
    }
  }
  return facts;
}

function addUses(map: YAMLMap, facts: WorkflowFacts, text: string, at: (node: Node) => Located): void {
  const uses = map.get('uses', true);
  if (!isScalar(uses) || typeof uses.value !== 'string' || !uses.range) return;
  const [start, end] = uses.range;
  const lineEnd = text.indexOf('\n', end);
  const trailing = text.slice(end, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  const comment = /^\s*#\s*(.*?)\s*$/.exec(trailing)?.[1];
  facts.uses.push({ value: uses.value, comment, start, end, raw: text.slice(start, end), trailing, ...at(uses) });
}

function addContainer(job: YAMLMap, facts: WorkflowFacts, at: (node: Node) => Located): void {
  const pushImage = (node: unknown, where: string) => {
    const image = isMap(node) ? node.get('image', true) : node;
    if (isScalar(image) && typeof image.value === 'string') facts.images.push({ image: image.value, where, ...at(image) });
  };
  pushImage(job.get('container', true), 'container');
  const services = job.get('services', true);
  if (isMap(services)) for (const service of services.items) pushImage(service.value, `services.${String((service.key as { value?: unknown })?.value ?? service.key)}`);
}

function runFact(run: Node & { value: unknown; type?: string }, at: (node: Node) => Located): RunFact {
  const position = at(run);
  const isBlock = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED';
  // A block scalar's content starts on the line after its `|` or `>` header.
  const firstScriptLine = isBlock ? position.line + 1 : position.line;
  return { script: String(run.value), firstScriptLine, ...position };
}
