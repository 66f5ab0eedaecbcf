// Fails when a committed bundle or generated action.yml differs from a fresh build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(join(tmpdir(), 'gates-check-dist-'));
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--out', fresh], { stdio: 'inherit' });

function files(base, dir = base) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(base, path) : [relative(base, path)];
  });
}

const generated = ['action.yml', ...readdirSync(fresh).filter((n) => n !== 'dist' && n !== 'action.yml').map((n) => join(n, 'action.yml'))];
// Paths relative to each tree's root, e.g. dist/pin-check/index.js.
const expected = [...files(fresh, join(fresh, 'dist')), ...generated];
const committed = files(root, join(root, 'dist'));
const problems = [];
for (const file of new Set([...expected, ...committed])) {
  const a = join(fresh, file);
  const b = join(root, file);
  if (!existsSync(b)) problems.push(`missing from the repository: ${file}`);
  else if (!existsSync(a)) problems.push(`stale file (no longer built): ${file}`);
  else if (!readFileSync(a).equals(readFileSync(b))) problems.push(`differs from a fresh build: ${file}`);
}
rmSync(fresh, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(`check-dist: ${problems.length} problem(s); run \`npm run build\` and commit the result.\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-dist: ${expected.length} generated files match the committed ones`);
