import { globMatcher } from '@gates/core';
import { load } from 'js-yaml';

/**
 * Which workspace root's lockfile a manifest uses, as each package manager
 * decides: the nearest ancestor whose manifest lists it as a member (npm,
 * yarn and bun `workspaces`, pnpm-workspace.yaml `packages`, Cargo
 * `[workspace] members` and its path dependencies, uv `[tool.uv.workspace]`,
 * go.work `use`). A lockfile in some other parent directory is not used.
 * Pure: paths and texts in; directories are workspace-relative ('' is the root).
 */
export type Texts = ReadonlyMap<string, string>;

export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** `name` inside `dir`, a workspace-relative path ('' is the workspace). */
export function pathIn(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** `dir` relative to its ancestor `root`. */
function relativeTo(root: string, dir: string): string {
  return root === '' ? dir : dir.slice(root.length + 1);
}

function ancestors(dir: string): string[] {
  const found: string[] = [];
  for (let current = dir; current !== ''; ) {
    current = dirOf(current);
    found.push(current);
  }
  return found;
}

/** Globs with `!negations`, relative to a root, as workspace fields write them (`./packages/*`, `apps/**`). */
function membersMatcher(patterns: readonly string[]): (dir: string) => boolean {
  const clean = (pattern: string) => pattern.replace(/^\.\//, '').replace(/\/+$/, '');
  const included = globMatcher(patterns.filter((pattern) => !pattern.startsWith('!')).map(clean));
  const excluded = globMatcher(patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => clean(pattern.slice(1))));
  return (dir) => included(dir) && !excluded(dir);
}

/** The nearest ancestor of `dir` that lists it as a member, by `members(rootDir)` globs (undefined when none does). */
function workspaceRoot(dir: string, members: (root: string) => string[] | undefined, extra?: (root: string, relative: string) => boolean): string | undefined {
  for (const root of ancestors(dir)) {
    const patterns = members(root);
    const relative = relativeTo(root, dir);
    if ((patterns && membersMatcher(patterns)(relative)) || extra?.(root, relative)) return root;
  }
  return undefined;
}

/** npm/yarn/bun `workspaces` (a list, or `{ packages: [...] }`) and pnpm-workspace.yaml `packages`. */
export function npmWorkspaceRoot(dir: string, texts: Texts): string | undefined {
  return workspaceRoot(dir, (root) => {
    const patterns: string[] = [];
    const manifest = parseJson(texts.get(pathIn(root, 'package.json')));
    const workspaces = manifest?.workspaces;
    const list = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages;
    if (Array.isArray(list)) for (const item of list) if (typeof item === 'string') patterns.push(item);
    const pnpm = parseYaml(texts.get(pathIn(root, 'pnpm-workspace.yaml')));
    if (Array.isArray(pnpm?.packages)) for (const item of pnpm.packages as unknown[]) if (typeof item === 'string') patterns.push(item);
    return patterns.length > 0 ? patterns : undefined;
  });
}

/** Cargo: `[workspace] members` minus `exclude`, the root package's path dependencies, or a member's `package.workspace`. */
export function cargoWorkspaceRoot(dir: string, texts: Texts): string | undefined {
  const own = texts.get(pathIn(dir, 'Cargo.toml')) ?? '';
  const declared = tomlString(own, 'package', 'workspace');
  if (declared !== undefined) return normalize(dir ? `${dir}/${declared}` : declared);
  return workspaceRoot(
    dir,
    (root) => {
      const text = texts.get(pathIn(root, 'Cargo.toml'));
      if (text === undefined || !hasTable(text, 'workspace')) return undefined;
      const members = tomlArray(text, 'workspace', 'members') ?? [];
      return [...members, ...(tomlArray(text, 'workspace', 'exclude') ?? []).map((pattern) => `!${pattern}`)];
    },
    (root, relative) => {
      const text = texts.get(pathIn(root, 'Cargo.toml'));
      return text !== undefined && hasTable(text, 'workspace') && [...text.matchAll(/\bpath\s*=\s*"([^"]+)"/g)].some((match) => normalize(match[1]!) === relative);
    },
  );
}

/** uv: `[tool.uv.workspace] members` minus `exclude`. */
export function uvWorkspaceRoot(dir: string, texts: Texts): string | undefined {
  return workspaceRoot(dir, (root) => {
    const text = texts.get(pathIn(root, 'pyproject.toml'));
    if (text === undefined || !hasTable(text, 'tool.uv.workspace')) return undefined;
    return [...(tomlArray(text, 'tool.uv.workspace', 'members') ?? []), ...(tomlArray(text, 'tool.uv.workspace', 'exclude') ?? []).map((pattern) => `!${pattern}`)];
  });
}

/** go.work: the directory of a go.work whose `use` directives name this module. */
export function goWorkspaceRoot(dir: string, texts: Texts): string | undefined {
  return workspaceRoot(dir, (root) => {
    const text = texts.get(pathIn(root, 'go.work'));
    if (text === undefined) return undefined;
    const uses = [...text.matchAll(/^\s*use\s+(?:\(([^)]*)\)|(\S+))/gm)].flatMap((match) => (match[1] ?? match[2]!).split(/\s+/)).filter((entry) => entry && !entry.startsWith('//'));
    return uses.map((entry) => normalize(entry) || '.');
  });
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function parseJson(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function parseYaml(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = load(text) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The body of TOML table `[name]`, up to the next table header. */
function tomlTable(text: string, name: string): string | undefined {
  const header = new RegExp(`^\\[${name.replace(/\./g, '\\.')}\\]\\s*(#.*)?$`, 'm').exec(text);
  if (!header) return undefined;
  const rest = text.slice(header.index + header[0].length);
  const next = /^\[/m.exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

export function hasTable(text: string, name: string): boolean {
  return tomlTable(text, name) !== undefined;
}

/** The strings of `key = [ "a", 'b' ]` in table `name` (arrays may span lines). */
export function tomlArray(text: string, table: string, key: string): string[] | undefined {
  const body = tomlTable(text, table);
  const match = body === undefined ? null : new RegExp(`^\\s*${key}\\s*=\\s*\\[([^\\]]*)\\]`, 'm').exec(body);
  if (!match) return undefined;
  return [...match[1]!.replace(/#.*$/gm, '').matchAll(/"([^"]*)"|'([^']*)'/g)].map((item) => item[1] ?? item[2]!);
}

function tomlString(text: string, table: string, key: string): string | undefined {
  const body = tomlTable(text, table);
  const match = body === undefined ? null : new RegExp(`^\\s*${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'm').exec(body);
  return match ? (match[1] ?? match[2]) : undefined;
}
