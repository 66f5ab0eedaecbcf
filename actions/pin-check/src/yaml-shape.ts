/**
 * Which parts of a YAML document to keep as position nodes. A model declares
 * the paths it reads (`jobs → any job → steps → each step → uses`), and the
 * parser builds nodes only there; everything else is still parsed and
 * checked by js-yaml but never turned into nodes, which is most of a workflow
 * (`with:`, `env:`, matrices). Pure data.
 */
export interface ShapeSpec {
  /** Mapping entries to keep, by key. */
  keys?: Readonly<Record<string, ShapeSpec>>;
  /** Mapping entries to keep whatever their key (job ids, service names). */
  anyKey?: ShapeSpec;
  /** Sequence items to keep. */
  items?: ShapeSpec;
}

/** A node kept without children: a value the model reads. */
export const LEAF_SPEC: ShapeSpec = Object.freeze({});

export interface Shape {
  /** Keeps every node (the full tree): the reference, and the fallback for aliases. */
  readonly full: boolean;
  /** The node is a mapping the model reads entries of. */
  readonly expectsMapping: boolean;
  /** The shape of the value under `key`, or undefined when that entry is not kept. */
  valueShape(key: unknown): Shape | undefined;
  /** The shape of sequence items, or undefined when items are not kept. */
  readonly items: Shape | undefined;
}

class CompiledShape implements Shape {
  readonly full = false;
  readonly expectsMapping: boolean;
  items: Shape | undefined;
  // A Map, not an object: a key named `constructor` or `__proto__` must not find a prototype member.
  readonly keys = new Map<string, Shape>();
  anyKey: Shape | undefined;

  constructor(spec: ShapeSpec) {
    this.expectsMapping = spec.keys !== undefined || spec.anyKey !== undefined;
    if (this.expectsMapping && spec.items) throw new Error('a shape expects a mapping or a sequence, not both');
  }

  valueShape(key: unknown): Shape | undefined {
    return (typeof key === 'string' ? this.keys.get(key) : undefined) ?? this.anyKey;
  }
}

const FULL_SHAPE: Shape = {
  full: true,
  expectsMapping: true,
  valueShape: () => FULL_SHAPE,
  get items() {
    return FULL_SHAPE;
  },
};

/** Every node kept, as parsed. */
export const FULL: Shape = FULL_SHAPE;

/** Compiled once per spec object, so shared sub-specs (and LEAF_SPEC) are one shape everywhere. */
const compiled = new WeakMap<ShapeSpec, CompiledShape>();

/** Compiles a spec for the parser; call at module load. */
export function compileShape(spec: ShapeSpec): Shape {
  const known = compiled.get(spec);
  if (known) return known;
  const shape = new CompiledShape(spec);
  compiled.set(spec, shape);
  for (const [key, child] of Object.entries(spec.keys ?? {})) shape.keys.set(key, compileShape(child));
  if (spec.anyKey) shape.anyKey = compileShape(spec.anyKey);
  if (spec.items) shape.items = compileShape(spec.items);
  return shape;
}

/** The compiled LEAF_SPEC: a kept node whose children are not. */
export const LEAF: Shape = compileShape(LEAF_SPEC);
