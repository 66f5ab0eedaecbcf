/**
 * The `FROM` lines of a Dockerfile/Containerfile with ARG defaults applied.
 * Pure: text in. Handles line continuations, `--platform=`, `AS name`
 * stages, `scratch`, and `${VAR}`/`$VAR`/`${VAR:-default}` substitution from
 * ARGs declared before the first FROM (the only ones FROM can see).
 */
export interface FromLine {
  line: number;
  /** The image as written. */
  raw: string;
  /** After ARG substitution; undefined when a variable has no default. */
  image?: string;
  /** The image names an earlier stage or scratch: nothing to pin. */
  internal: boolean;
}

export function parseFromLines(text: string): FromLine[] {
  const args = new Map<string, string>();
  const stages = new Set<string>();
  const result: FromLine[] = [];
  let sawFrom = false;
  for (const { line, content } of logicalLines(text)) {
    const match = /^\s*(FROM|ARG)\s+(.*)$/i.exec(content);
    if (!match) continue;
    const keyword = match[1]!.toUpperCase();
    const rest = match[2]!.trim();
    if (keyword === 'ARG') {
      if (sawFrom) continue;
      for (const declaration of rest.split(/\s+/)) {
        const [name, ...value] = declaration.split('=');
        if (name) args.set(name, value.join('=').replace(/^["']|["']$/g, ''));
      }
      continue;
    }
    sawFrom = true;
    const words = rest.split(/\s+/).filter((word) => !word.startsWith('--'));
    const raw = words[0] ?? '';
    const asIndex = words.findIndex((word) => word.toLowerCase() === 'as');
    const image = substitute(raw, args);
    const internal = image !== undefined && (image.toLowerCase() === 'scratch' || stages.has(image.toLowerCase()));
    result.push({ line, raw, image, internal });
    if (asIndex > 0 && words[asIndex + 1]) stages.add(words[asIndex + 1]!.toLowerCase());
  }
  return result;
}

function substitute(raw: string, args: Map<string, string>): string | undefined {
  let unresolved = false;
  const value = raw.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_whole, braced: string, fallback: string | undefined, bare: string) => {
    const name = braced ?? bare;
    const found = args.get(name);
    if (found) return found;
    if (fallback !== undefined) return fallback;
    unresolved = true;
    return '';
  });
  return unresolved ? undefined : value;
}

function logicalLines(text: string): { line: number; content: string }[] {
  const lines = text.split(/\r?\n/);
  const result: { line: number; content: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let content = lines[i]!;
    while (content.endsWith('\\') && i + 1 < lines.length) content = content.slice(0, -1) + ' ' + lines[++i]!;
    if (!/^\s*#/.test(content)) result.push({ line: start + 1, content });
  }
  return result;
}

/** An image reference pinned by content: `name@sha256:<64 hex>`. */
export function isDigestPinned(image: string): boolean {
  return /@sha256:[0-9a-f]{64}$/.test(image);
}
