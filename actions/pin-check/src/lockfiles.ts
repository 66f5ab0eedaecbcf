import { cargoWorkspaceRoot, dirOf, goWorkspaceRoot, npmWorkspaceRoot, pathIn, uvWorkspaceRoot, type Texts } from './workspaces.js';

/**
 * Which manifests need which lockfiles. Pure: paths and texts in. A lockfile
 * counts where the package manager uses it: beside the manifest, or at the
 * workspace root that lists the manifest as a member (workspaces.ts). (Whether
 * an npm lockfile matches its package.json: npm-lock-drift.ts.)
 */
const NPM_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];
const PYTHON_LOCKFILES = ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock', 'pylock.toml'];

function hasAny(paths: ReadonlySet<string>, dir: string | undefined, names: readonly string[]): boolean {
  return dir !== undefined && names.some((name) => paths.has(pathIn(dir, name)));
}

export interface MissingLock {
  manifest: string;
  expected: string;
  /** The lockfile in a parent directory that does not count, when there is one (it is not this manifest's workspace root). */
  ignored?: string;
}

/** Manifests that declare dependencies but have no lockfile where their tool looks for one. */
export function missingLockfiles(paths: ReadonlySet<string>, texts: Texts): MissingLock[] {
  const missing: MissingLock[] = [];
  for (const path of [...texts.keys()].sort()) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dir = dirOf(path);
    const text = texts.get(path) ?? '';
    if (name === 'package.json' && declaresNpmDependencies(text)) {
      if (!hasAny(paths, dir, NPM_LOCKFILES) && !hasAny(paths, npmWorkspaceRoot(dir, texts), NPM_LOCKFILES)) {
        missing.push({ manifest: path, expected: 'package-lock.json (npm install --package-lock-only), pnpm-lock.yaml or yarn.lock', ignored: lockfileAbove(paths, dir, NPM_LOCKFILES) });
      }
    } else if (name === 'pyproject.toml' && /^\s*dependencies\s*=\s*\[\s*["']/m.test(text)) {
      if (!hasAny(paths, dir, PYTHON_LOCKFILES) && !hasAny(paths, uvWorkspaceRoot(dir, texts), ['uv.lock']) && !hasHashedRequirements(texts, dir)) {
        missing.push({ manifest: path, expected: 'uv.lock, poetry.lock, pdm.lock or a requirements.txt with --hash entries', ignored: lockfileAbove(paths, dir, PYTHON_LOCKFILES) });
      }
    } else if (name === 'go.mod' && goRequirements(text) > 0) {
      if (!hasAny(paths, dir, ['go.sum', 'go.work.sum']) && !hasAny(paths, goWorkspaceRoot(dir, texts), ['go.work.sum'])) {
        missing.push({ manifest: path, expected: 'go.sum (go mod tidy)' });
      }
    } else if (name === 'Cargo.toml' && /^\[((dev-|build-)?dependencies|workspace\.dependencies)\]/m.test(text)) {
      if (!hasAny(paths, dir, ['Cargo.lock']) && !hasAny(paths, cargoWorkspaceRoot(dir, texts), ['Cargo.lock'])) {
        missing.push({ manifest: path, expected: 'Cargo.lock (cargo generate-lockfile)', ignored: lockfileAbove(paths, dir, ['Cargo.lock']) });
      }
    }
  }
  return missing;
}

/** A lockfile in some parent directory (the one a naive check would have accepted), for the message. */
function lockfileAbove(paths: ReadonlySet<string>, dir: string, names: readonly string[]): string | undefined {
  for (let current = dir; current !== ''; ) {
    current = dirOf(current);
    for (const name of names) if (paths.has(pathIn(current, name))) return pathIn(current, name);
  }
  return undefined;
}

/** Requirements of a go.mod that go.sum must hash: `require` lines, less those replaced by a local directory. */
function goRequirements(text: string): number {
  const required = new Set<string>();
  for (const block of text.matchAll(/^\s*require\s*\(([^)]*)\)/gm)) {
    for (const line of block[1]!.split('\n')) {
      const module = line.replace(/\/\/.*$/, '').trim().split(/\s+/)[0];
      if (module) required.add(module);
    }
  }
  for (const single of text.matchAll(/^\s*require\s+([^\s(]+)\s+\S+/gm)) required.add(single[1]!);
  for (const replaced of text.matchAll(/^\s*(?:replace\s+)?([^\s(]+)(?:\s+v\S+)?\s+=>\s+(\.{1,2}\/|\/)\S*/gm)) required.delete(replaced[1]!);
  return required.size;
}

function declaresNpmDependencies(text: string | undefined): boolean {
  try {
    const manifest = JSON.parse(text ?? '{}') as Record<string, unknown>;
    return ['dependencies', 'devDependencies', 'optionalDependencies'].some((key) => Object.keys((manifest[key] as object) ?? {}).length > 0);
  } catch {
    return false;
  }
}

function hasHashedRequirements(texts: Texts, dir: string): boolean {
  return [...texts.keys()].some((p) => dirOf(p) === dir && /requirements[\w.-]*\.txt$/.test(p) && (texts.get(p) ?? '').includes('--hash='));
}

/** Requirement lines that are not pinned with == and a hash, as [line number, requirement]. */
export function unhashedRequirements(text: string): [number, string][] {
  const lines = text.split(/\r?\n/);
  const result: [number, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let content = lines[i]!;
    while (content.trimEnd().endsWith('\\') && i + 1 < lines.length) content = `${content.trimEnd().slice(0, -1)} ${lines[++i]}`;
    content = content.replace(/(^|\s)#.*$/, '').trim();
    if (!content || content.startsWith('-')) continue;
    if (!content.includes('==') || !content.includes('--hash=')) result.push([start, content.split(/\s/)[0]!]);
  }
  return result;
}
