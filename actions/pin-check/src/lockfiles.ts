/**
 * Which manifests need which lockfiles. Pure: paths and texts in. (Whether an
 * npm lockfile matches its package.json: npm-lock-drift.ts.)
 */
export const NPM_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];
const PYTHON_LOCKFILES = ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock', 'pylock.toml'];

export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** `name` inside `dir`, a workspace-relative path ('' is the workspace). */
export function pathIn(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** The nearest of `names` in `dir` or any ancestor (workspaces keep one lockfile at the root). */
export function findUpwards(paths: ReadonlySet<string>, dir: string, names: readonly string[]): string | undefined {
  for (let current = dir; ; current = dirOf(current)) {
    for (const name of names) if (paths.has(pathIn(current, name))) return pathIn(current, name);
    if (current === '') return undefined;
  }
}

export interface MissingLock {
  manifest: string;
  expected: string;
}

/** Manifests that declare dependencies but have no lockfile where their tool looks for one. */
export function missingLockfiles(paths: ReadonlySet<string>, texts: ReadonlyMap<string, string>): MissingLock[] {
  const missing: MissingLock[] = [];
  for (const path of [...paths].sort()) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dir = dirOf(path);
    if (name === 'package.json' && declaresNpmDependencies(texts.get(path)) && !findUpwards(paths, dir, NPM_LOCKFILES)) {
      missing.push({ manifest: path, expected: 'package-lock.json (npm install --package-lock-only), pnpm-lock.yaml or yarn.lock' });
    } else if (name === 'pyproject.toml' && /^\s*dependencies\s*=\s*\[\s*["']/m.test(texts.get(path) ?? '') && !findUpwards(paths, dir, PYTHON_LOCKFILES) && !hasHashedRequirements(paths, texts, dir)) {
      missing.push({ manifest: path, expected: 'uv.lock, poetry.lock, pdm.lock or a requirements.txt with --hash entries' });
    } else if (name === 'go.mod' && /^\s*require\b/m.test(texts.get(path) ?? '') && !paths.has(pathIn(dir, 'go.sum'))) {
      missing.push({ manifest: path, expected: 'go.sum (go mod tidy)' });
    } else if (name === 'Cargo.toml' && /^\[(dev-)?dependencies\]/m.test(texts.get(path) ?? '') && !findUpwards(paths, dir, ['Cargo.lock'])) {
      missing.push({ manifest: path, expected: 'Cargo.lock (cargo generate-lockfile)' });
    }
  }
  return missing;
}

function declaresNpmDependencies(text: string | undefined): boolean {
  try {
    const manifest = JSON.parse(text ?? '{}') as Record<string, unknown>;
    return ['dependencies', 'devDependencies', 'optionalDependencies'].some((key) => Object.keys((manifest[key] as object) ?? {}).length > 0);
  } catch {
    return false;
  }
}

function hasHashedRequirements(paths: ReadonlySet<string>, texts: ReadonlyMap<string, string>, dir: string): boolean {
  return [...paths].some((p) => dirOf(p) === dir && /requirements[\w.-]*\.txt$/.test(p) && (texts.get(p) ?? '').includes('--hash='));
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
