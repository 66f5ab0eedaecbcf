import type { RuleSpec, SecretRange } from '../rule-spec.js';

/** A downloaded GitHub log puts a timestamp before every line; indentation counts after it. */
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z /;
/** Values that are not secrets even here: templates, empty strings, masks. */
const NOT_A_VALUE = /^(?:""|''|\{\{[\s\S]*\}\}|\$\{[^}]*\}|\*+|<[^>]*>)$/;

interface Line {
  /** Offsets in the text: the line, and where its content starts (after timestamp and indentation, and a list item's "- "). */
  start: number;
  end: number;
  content: number;
  indent: number;
  itemStart: boolean;
}

/**
 * The values of a Kubernetes Secret's `data:` (base64) and `stringData:`
 * maps, in a YAML manifest (kubectl get -o yaml, a Helm render, a List) or
 * its JSON (kubectl get -o json), found from the `kind: Secret` line: the
 * maps can come before it (kubectl sorts keys) or after. Only the mapping
 * that holds `kind: Secret` is read, so a ConfigMap beside it is left alone.
 * Pure.
 */
export function secretValues(text: string, match: RegExpExecArray): SecretRange[] {
  if (match[0].includes('"')) return jsonSecretValues(text, match.index);
  // A manifest printed inside a JSON string: its line breaks are `\n`. Same length, so offsets stay.
  return yamlSecretValues(text.includes('\\n') ? text.replace(/\\n/g, ' \n') : text, match.index);
}

function yamlSecretValues(text: string, at: number): SecretRange[] {
  const lines = linesOf(text);
  const kind = lines.findIndex((line) => at >= line.start && at < Math.max(line.end, line.start + 1));
  if (kind < 0) return [];
  const depth = lines[kind]!.indent;
  const keyAt = (line: Line) => (line.indent === depth ? /^([\w.-]+):(?:\s|$)/.exec(text.slice(line.content, line.end))?.[1] : undefined);
  const inside = (line: Line) => blank(text, line) || line.indent > depth || (keyAt(line) !== undefined && !line.itemStart);
  // Backwards to this object's start: its apiVersion or list item (kubectl prints apiVersion, data, kind), or the line after
  // one that is not YAML (log text, markup). Lines after another kind belong to that object.
  let first = kind;
  for (let index = kind - 1; index >= 0; index--) {
    const line = lines[index]!;
    const key = keyAt(line);
    if (key === 'apiVersion' || (line.itemStart && line.indent === depth)) first = index;
    else if (key !== 'kind' && !inside(line)) first = index + 1;
    if (key === 'apiVersion' || key === 'kind' || line.itemStart || !inside(line)) break;
  }
  // Forwards to the next object: another apiVersion or kind, a list item, a document separator, or a line that is not YAML.
  let last = kind;
  while (last + 1 < lines.length) {
    const line = lines[last + 1]!;
    const key = keyAt(line);
    if (key === 'apiVersion' || key === 'kind' || isSeparator(text, line) || (line.itemStart && line.indent <= depth) || !inside(line)) break;
    last++;
  }
  const ranges: SecretRange[] = [];
  for (let index = first; index <= last; index++) {
    const line = lines[index]!;
    if (line.indent !== depth || !/^(?:data|stringData):\s*$/.test(text.slice(line.content, line.end))) continue;
    let child = -1;
    for (let next = index + 1; next <= last; next++) {
      const entry = lines[next]!;
      if (blank(text, entry)) continue;
      if (entry.indent <= depth) break;
      if (child < 0) child = entry.indent;
      if (entry.indent !== child) continue;
      const pair = /^[\w.-]{1,253}:[ \t]*(.*?)[ \t]*$/.exec(text.slice(entry.content, entry.end));
      if (!pair) continue;
      const valueStart = entry.end - pair[1]!.length - (text.slice(entry.content, entry.end).length - text.slice(entry.content, entry.end).trimEnd().length);
      if (/^[|>][-+0-9]*$/.test(pair[1]!)) {
        // A block scalar: the lines indented under the key.
        let end = next;
        while (end + 1 <= last && (blank(text, lines[end + 1]!) || lines[end + 1]!.indent > child)) end++;
        if (end > next) ranges.push({ start: lines[next + 1]!.content, end: lines[end]!.end });
        next = end;
      } else {
        const value = unquote(text, valueStart, valueStart + pair[1]!.length);
        if (value.end > value.start && !NOT_A_VALUE.test(text.slice(value.start, value.end))) ranges.push(value);
      }
    }
  }
  return ranges;
}

/** `"data": { "key": "value", … }` inside the object that holds `"kind": "Secret"` (quotes may be JSON-escaped). */
function jsonSecretValues(text: string, at: number): SecretRange[] {
  let depth = 0;
  let open = -1;
  for (let index = at; index >= 0; index--) {
    const char = text[index];
    if (char === '}') depth++;
    else if (char === '{' && depth-- === 0) {
      open = index;
      break;
    }
  }
  if (open < 0) return [];
  const ranges: SecretRange[] = [];
  const maps = /\\?"(?:data|stringData)\\?"\s*:\s*\{([^{}]*)\}/g;
  maps.lastIndex = open;
  for (let map = maps.exec(text); map; map = maps.exec(text)) {
    if (depthBetween(text, open, map.index) !== 1) continue;
    const bodyStart = map.index + map[0].indexOf('{') + 1;
    const pairs = /\\?"[\w.-]{1,253}\\?"\s*:\s*\\?"((?:[^"\\]|\\(?!")[\s\S]){1,65536})\\?"/g;
    for (let pair = pairs.exec(map[1]!); pair; pair = pairs.exec(map[1]!)) {
      const start = bodyStart + pair.index + pair[0].length - pair[1]!.length - (pair[0].endsWith('\\"') ? 2 : 1);
      if (!NOT_A_VALUE.test(pair[1]!)) ranges.push({ start, end: start + pair[1]!.length });
    }
    if (depthBetween(text, open, map.index) < 1) break;
  }
  return ranges;
}

/** Brace depth at `to`, counting from the object opened at `from`. */
function depthBetween(text: string, from: number, to: number): number {
  let depth = 0;
  for (let index = from; index < to; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}') depth--;
  }
  return depth;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    const stamp = TIMESTAMP.exec(text.slice(start, Math.min(end, start + 40)));
    let content = start + (stamp ? stamp[0].length : 0);
    const indentFrom = content;
    while (text[content] === ' ') content++;
    let itemStart = false;
    if (text[content] === '-' && text[content + 1] === ' ') {
      itemStart = true;
      content += 2;
      while (text[content] === ' ') content++;
    }
    lines.push({ start, end, content, indent: content - indentFrom, itemStart });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

function blank(text: string, line: Line): boolean {
  return text.slice(line.content, line.end).trim() === '';
}

function isSeparator(text: string, line: Line): boolean {
  return /^---\s*$/.test(text.slice(line.content - line.indent, line.end));
}

function unquote(text: string, start: number, end: number): SecretRange {
  const first = text[start];
  if ((first === '"' || first === "'") && text[end - 1] === first && end - start >= 2) return { start: start + 1, end: end - 1 };
  return { start, end };
}

export const KUBERNETES_SECRET_RULE: RuleSpec = {
  id: 'kubernetes-secret',
  family: 'Context',
  description: 'Values of a Kubernetes Secret manifest: data: (base64) and stringData:, in YAML or JSON',
  // After a word boundary, or after a `\n` escape (a manifest inside a JSON string).
  regex: String.raw`(?:\b|(?<=\\n))kind\\?["']?\s{0,4}:\s{0,4}\\?["']?Secret\b`,
  keywords: ['Secret'],
  // The maps often come before the kind line (kubectl sorts keys): look as far back as ahead.
  lead: 16 * 1024,
  reach: 16 * 1024,
  placeholders: false,
  locate: secretValues,
  sample: (random) => {
    const secret = Buffer.from(random('alnum', 24)).toString('base64');
    const line = ['apiVersion: v1', 'data:', `  password: ${secret}`, '  username: YWRtaW4=', 'kind: Secret', 'metadata:', '  name: db-credentials', 'type: Opaque'].join('\n');
    return { secret, line };
  },
  nearMisses: ['apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: cHJvZHVjdGlvbg==', 'kind: Secret\nmetadata:\n  name: x\nstringData:\n  password: "{{ .Values.password }}"'],
};
