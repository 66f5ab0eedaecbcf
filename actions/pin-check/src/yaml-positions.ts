import { FAILSAFE_SCHEMA, load, type YAMLException } from 'js-yaml';
import { FULL, LEAF, type Shape } from './yaml-shape.js';

/**
 * A YAML document as a tree of nodes with source offsets, built from
 * js-yaml's open/close events. js-yaml parses workflow-sized files about ten
 * times faster than the `yaml` package (measured in bench/), which is what
 * lets pin-check scan a thousand workflows within its budget; the config
 * loader keeps `yaml` for its richer error reporting. Given a shape, only the
 * nodes it names are built (see yaml-shape.ts). Pure: text in.
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

/** A node being read. Each depth reuses one frame: a document allocates as many frames as it is deep, not one per node. */
interface Frame {
  start: number;
  /** Which of this node's children to keep. */
  shape: Shape;
  /** Child slots used: key, value, key, value… for mappings (a key without `:` uses two). */
  slot: number;
  /** Direct children closed, kept or not. */
  closed: number;
  /** Mappings: the shape of the value after the key just read. */
  valueShape: Shape | undefined;
  /**
   * Kept children. Full and sequence shapes: every kept child, with its slot in `slots`. Mapping shapes: only the
   * key, value pairs, built as they close (a key waits in `pendingKey` for its value): a slot array and a second
   * array of pairs per mapping were a fifth of what building the nodes allocated (bench/).
   */
  children: YamlNode[] | undefined;
  slots: number[] | undefined;
  /** Mapping shapes: the key just kept, waiting for its value in the next slot. */
  pendingKey: YamlNode | undefined;
  /** The child kept in slot 0: a wrapper's only child (see nodeOf). */
  first: YamlNode | undefined;
}

const NO_CHILDREN: YamlNode[] = [];

/**
 * Parses `text` into position nodes: every node (the default), or only those
 * `shape` names. A document that reaches a kept part through an alias to a
 * collection is read again whole, so aliases resolve as in the full tree.
 * js-yaml's failsafe schema: every scalar is its text. The syntax is checked
 * in full all the same, and no merge keys or timestamps are applied (GitHub
 * applies neither); what pin-check reads (`uses`, `run`, images, keys) is
 * text that GitHub requires to be a string, so `uses: 123` is judged as the
 * string it is instead of passing unseen. Resolving numbers and booleans it
 * never reads cost 13% of the parse (bench/).
 */
export function parseWithPositions(text: string, shape: Shape = FULL): { root?: YamlNode; problem?: YamlProblem } {
  const builder = new TreeBuilder(text, shape);
  try {
    load(text, { schema: FAILSAFE_SCHEMA, listener: builder.listener } as Parameters<typeof load>[1]);
  } catch (thrown) {
    const mark = (thrown as YAMLException).mark as { line?: number; column?: number } | undefined;
    const reason = (thrown as YAMLException).reason ?? String(thrown);
    return { problem: { message: reason, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 } };
  }
  return builder.needsFullTree ? parseWithPositions(text, FULL) : { root: builder.root };
}

/** Turns js-yaml's open/close events into nodes; one per document. */
class TreeBuilder {
  root: YamlNode | undefined;
  needsFullTree = false;
  private readonly frames: Frame[] = [];
  private depth = 0;
  /** Open events inside a node that is not kept. */
  private skipped = 0;
  private readonly anchored = new Map<object, YamlNode>();

  constructor(private readonly text: string, private readonly shape: Shape) {}

  readonly listener = (event: 'open' | 'close', state: ListenerState): void => {
    if (event === 'open') this.open(state);
    else this.close(state);
  };

  private open(state: ListenerState): void {
    if (this.skipped > 0) {
      this.skipped++;
      return;
    }
    const shape = this.depth === 0 ? this.shape : shapeOfNextChild(this.frames[this.depth - 1]!);
    if (shape === undefined) {
      this.skipped = 1;
      return;
    }
    let frame = this.frames[this.depth];
    if (!frame) this.frames[this.depth] = frame = { start: 0, shape, slot: 0, closed: 0, valueShape: undefined, children: undefined, slots: undefined, pendingKey: undefined, first: undefined };
    frame.start = state.position;
    frame.shape = shape;
    frame.slot = 0;
    frame.closed = 0;
    frame.valueShape = undefined;
    frame.children = undefined;
    frame.slots = undefined;
    frame.pendingKey = undefined;
    frame.first = undefined;
    this.depth++;
  }

  private close(state: ListenerState): void {
    if (this.skipped > 0) {
      if (--this.skipped === 0) this.childClosed(this.frames[this.depth - 1]!, undefined, state.position);
      return;
    }
    const frame = this.frames[--this.depth]!;
    const parent = this.depth > 0 ? this.frames[this.depth - 1]! : undefined;
    // A key's text chooses its value's shape. A key whose value is not kept needs no node, except the
    // first child, which may be this mapping itself wrapped (see shapeOfNextChild).
    if (parent && !parent.shape.full && parent.shape.expectsMapping && parent.slot % 2 === 0) {
      parent.valueShape = parent.shape.valueShape(state.result);
      if (parent.valueShape === undefined && parent.slot > 0) return this.childClosed(parent, undefined, state.position);
    }
    let node = nodeOf(frame, state, this.text);
    const isObject = typeof node.value === 'object' && node.value !== null;
    if (node.kind === 'other' && isObject) {
      // An alias to a collection: its children are those of the anchored node.
      if (frame.shape.full) node = this.anchored.get(node.value as object) ?? node;
      else if (frame.shape !== LEAF) this.needsFullTree = true;
    } else if (isObject && state.anchor && frame.shape.full) this.anchored.set(node.value as object, node);
    if (parent) this.childClosed(parent, node, state.position);
    else this.root = node;
  }

  private childClosed(parent: Frame, node: YamlNode | undefined, end: number): void {
    const slot = parent.slot;
    parent.closed++;
    const isKey = slot % 2 === 0 && parent.shape.expectsMapping;
    if (node) {
      if (slot === 0) parent.first = node;
      if (pairsAsRead(parent.shape)) {
        if (isKey) parent.pendingKey = node;
        else if (parent.pendingKey) (parent.children ??= []).push(parent.pendingKey, node);
      } else {
        (parent.children ??= []).push(node);
        (parent.slots ??= []).push(slot);
      }
    }
    // A value slot closes the key before it, kept or not: a later value must not pair with it.
    if (!isKey) parent.pendingKey = undefined;
    // A key with no `:` after it (`{a, b: c}`, `? a`) has no value event: its value slot is used up.
    parent.slot += isKey && !colonFollows(this.text, end) ? 2 : 1;
  }
}

function colonFollows(text: string, offset: number): boolean {
  return text.charCodeAt(offset) === 58 || text.charCodeAt(skipTrivia(text, offset)) === 58;
}

/** The shape of the child about to open, or undefined when it is not kept. */
function shapeOfNextChild(parent: Frame): Shape | undefined {
  const shape = parent.shape;
  if (shape.full) return shape;
  // The first child may be this same node again: js-yaml wraps flow collections and scalars in block sequences.
  if (parent.slot === 0) return shape.expectsMapping ? shape : shape.items;
  if (shape.expectsMapping) return parent.slot % 2 === 0 ? LEAF : parent.valueShape;
  return shape.items;
}

/** Whether a frame of this shape keeps its children as key, value pairs built as they close (see Frame.children). */
function pairsAsRead(shape: Shape): boolean {
  return !shape.full && shape.expectsMapping;
}

function nodeOf(frame: Frame, state: ListenerState, text: string): YamlNode {
  const kind = state.kind === 'mapping' || state.kind === 'sequence' || state.kind === 'scalar' ? state.kind : 'other';
  const children = frame.children;
  // A wrapper around its only child (same value): keep the inner node, whose offsets are exact.
  if (frame.first && frame.closed === 1 && frame.first.value === state.result) return frame.first;
  let start = frame.start;
  let end = state.position;
  if (kind === 'scalar') {
    start = skipTrivia(text, start);
    // A plain scalar's close event comes after the spaces that precede a trailing comment.
    while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  }
  // A mapping shape met by a sequence keeps no items: its pairs are not items, and the model reads none there.
  const kept = !children ? NO_CHILDREN : pairsAsRead(frame.shape) ? (kind === 'mapping' ? children : NO_CHILDREN) : kind === 'mapping' ? pairs(children, frame.slots!, frame.shape.full) : kind === 'sequence' ? children : NO_CHILDREN;
  return { kind, value: state.result, start, end, children: kept };
}

/** Key, value, key, value… from children recorded by slot; a key without a value gets an empty one in the full tree. */
function pairs(children: YamlNode[], slots: number[], full: boolean): YamlNode[] {
  const out: YamlNode[] = [];
  for (let index = 0; index < children.length; index++) {
    if (slots[index]! % 2 !== 0) continue;
    const key = children[index]!;
    if (slots[index + 1] === slots[index]! + 1) out.push(key, children[++index]!);
    else if (full) out.push(key, { kind: 'other', value: null, start: key.end, end: key.end, children: NO_CHILDREN });
  }
  return out;
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

/**
 * 1-based line and column of offsets in `text`. A file needs only a few
 * (one per fact), mostly in increasing order: lines are counted forward from
 * the last offset asked for, and from the top when an offset comes before it.
 */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  return (offset) => {
    if (offset < lineStart) {
      line = 1;
      lineStart = 0;
    }
    for (let newline = text.indexOf('\n', lineStart); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
      line++;
      lineStart = newline + 1;
    }
    return { line, column: offset - lineStart + 1 };
  };
}
