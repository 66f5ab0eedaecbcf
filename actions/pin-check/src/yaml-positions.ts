import { load, type YAMLException } from 'js-yaml';

/**
 * A YAML document as a tree of nodes with source offsets, built from
 * js-yaml's open/close events. js-yaml parses workflow-sized files about ten
 * times faster than the `yaml` package (measured in bench/), which is what
 * lets pin-check scan a thousand workflows within its budget; the config
 * loader keeps `yaml` for its richer error reporting. Pure: text in.
 */
export interface YamlNode {
  kind: 'mapping' | 'sequence' | 'scalar' | 'other';
  value: unknown;
  /** Offset of the node's first character (its quote, or `|`/`>` for block scalars). */
  start: number;
  /** Offset just after the node's last character (for scalars). */
  end: number;
  /** Mappings: key, value, key, value…; sequences: the items. */
  children: YamlNode[];
}

export interface YamlProblem {
  message: string;
  line: number;
  column: number;
}

interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
  /** Set at close for a node that carries an anchor (`&name`). */
  anchor?: string | null;
}

const NO_CHILDREN: YamlNode[] = [];

export function parseWithPositions(text: string): { root?: YamlNode; problem?: YamlProblem } {
  // Children arrays are created on first use: most nodes are scalars and never need one.
  const frames: { start: number; children: YamlNode[] | undefined }[] = [];
  const composite = new Map<object, YamlNode>();
  let root: YamlNode | undefined;
  const listener = (event: 'open' | 'close', state: ListenerState) => {
    if (event === 'open') {
      frames.push({ start: state.position, children: undefined });
      return;
    }
    const frame = frames.pop()!;
    const kind = state.kind === 'mapping' || state.kind === 'sequence' || state.kind === 'scalar' ? state.kind : 'other';
    let start = frame.start;
    let end = state.position;
    if (kind === 'scalar') {
      start = skipTrivia(text, start);
      // A plain scalar's close event comes after the spaces that precede a trailing comment.
      while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    }
    let node: YamlNode = { kind, value: state.result, start, end, children: frame.children ?? NO_CHILDREN };
    // js-yaml sometimes wraps a node in a second event pair; keep the inner one.
    const only = node.children.length === 1 ? node.children[0]! : undefined;
    if (only && only.value === node.value) node = only;
    const isObject = typeof node.value === 'object' && node.value !== null;
    // An alias produces a childless node whose value is the anchored object: use the anchored node.
    // Only anchored nodes are remembered, so most documents never touch the map.
    if (isObject && node.children.length === 0) node = composite.get(node.value as object) ?? node;
    else if (isObject && state.anchor) composite.set(node.value as object, node);
    const parent = frames[frames.length - 1];
    if (!parent) root = node;
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  };
  try {
    load(text, { listener } as Parameters<typeof load>[1]);
  } catch (thrown) {
    const mark = (thrown as YAMLException).mark as { line?: number; column?: number } | undefined;
    const reason = (thrown as YAMLException).reason ?? String(thrown);
    return { problem: { message: reason, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 } };
  }
  return { root };
}

/** Spaces, tabs, line breaks and comments before a node: its open event comes before them. */
function skipTrivia(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const char = text[index];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') index++;
    else if (char === '#') {
      const lineEnd = text.indexOf('\n', index);
      index = lineEnd === -1 ? text.length : lineEnd;
    } else break;
  }
  return index;
}

/** The value node of `key` in a mapping node. */
export function mappingGet(node: YamlNode | undefined, key: string): YamlNode | undefined {
  if (!node || node.kind !== 'mapping') return undefined;
  for (let index = 0; index + 1 < node.children.length; index += 2) {
    if (node.children[index]!.value === key) return node.children[index + 1];
  }
  return undefined;
}

/** Key and value nodes of a mapping, in source order. */
export function mappingEntries(node: YamlNode | undefined): [YamlNode, YamlNode][] {
  if (!node || node.kind !== 'mapping') return [];
  const entries: [YamlNode, YamlNode][] = [];
  for (let index = 0; index + 1 < node.children.length; index += 2) entries.push([node.children[index]!, node.children[index + 1]!]);
  return entries;
}

export function sequenceItems(node: YamlNode | undefined): YamlNode[] {
  return node?.kind === 'sequence' ? node.children : [];
}

/** 1-based line and column of an offset, from a precomputed table of line starts. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}
