// The release checklist, run before tagging vX.Y.Z (docs/development.md, "Releasing"):
//   node scripts/release-check.mjs vX.Y.Z [--skip-dist] [--root DIR]
// Checks that dist/ is in sync with the sources (scripts/check-dist.mjs), that
// every package.json and SUITE_VERSION say X.Y.Z, that CHANGELOG.md has an
// entry for X.Y.Z with text under it, and that gates' own pins in the docs and
// phase workflows all name one commit and one release. Exit 0 when every item
// holds, 1 when one does not, 2 on a usage error.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const tag = args.find((arg) => !arg.startsWith('--') && args[args.indexOf(arg) - 1] !== '--root');
const rootIndex = args.indexOf('--root');
const root = rootIndex >= 0 ? resolve(args[rootIndex + 1] ?? '.') : resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!/^v\d+\.\d+\.\d+$/.test(tag ?? '')) {
  console.error('usage: node scripts/release-check.mjs vX.Y.Z [--skip-dist] [--root DIR]');
  process.exit(2);
}
const version = tag.slice(1);
const items = [];
const check = (name, problems) => items.push({ name, problems });

if (args.includes('--skip-dist')) items.push({ name: 'dist/ in sync with the sources', skipped: true, problems: [] });
else {
  let problems = [];
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'check-dist.mjs')], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    problems = [String(error.stdout ?? error.message).trim().split('\n').slice(-5).join('\n')];
  }
  check('dist/ in sync with the sources (npm run check-dist)', problems);
}

const manifests = ['package.json', ...readdirSync(join(root, 'packages')).map((name) => join('packages', name, 'package.json'))].filter((file) => existsSync(join(root, file)));
const versionProblems = manifests.flatMap((file) => {
  const found = JSON.parse(readFileSync(join(root, file), 'utf8')).version;
  return found === version ? [] : [`${file} says ${found}`];
});
const suiteVersion = /SUITE_VERSION = '([^']+)'/.exec(readFileSync(join(root, 'packages/core/src/action/run-action.ts'), 'utf8'))?.[1];
if (suiteVersion !== version) versionProblems.push(`SUITE_VERSION (packages/core/src/action/run-action.ts) says ${suiteVersion}`);
check(`versions say ${version}`, versionProblems);

const changelog = existsSync(join(root, 'CHANGELOG.md')) ? readFileSync(join(root, 'CHANGELOG.md'), 'utf8') : undefined;
const entry = changelog?.split(/^## /m).find((section) => section.startsWith(`${version} `) || section.startsWith(`${version}\n`) || section.startsWith(`[${version}]`));
check(`CHANGELOG.md has an entry for ${version}`, changelog === undefined ? ['CHANGELOG.md is missing'] : !entry ? [`no "## ${version}" heading`] : entry.split('\n').slice(1).join('').trim() === '' ? [`the ${version} entry is empty`] : []);

const pinned = new Set();
const documents = ['README.md', ...readdirSync(root).map((name) => join(name, 'README.md')), ...readdirSync(join(root, 'docs')).map((file) => join('docs', file)), ...readdirSync(join(root, '.github', 'workflows')).map((file) => join('.github', 'workflows', file))];
for (const file of documents.filter((path) => /\.(md|ya?ml)$/.test(path) && existsSync(join(root, path)))) {
  for (const match of readFileSync(join(root, file), 'utf8').matchAll(/^\s*(?:-\s+)?uses:\s+org\/gates(?:\/[\w./-]+)?@(\S+)(?:\s+#\s*(\S+))?/gm)) pinned.add(`${match[1]} # ${match[2] ?? '(no comment)'}`);
}
check("gates' own pins name one commit and release", pinned.size <= 1 ? [] : [`found ${[...pinned].join(', ')}`]);

for (const item of items) {
  console.log(`${item.skipped ? '-' : item.problems.length ? '✗' : '✓'} ${item.name}${item.skipped ? ' (skipped)' : ''}`);
  for (const problem of item.problems) console.log(`    ${problem.replace(/\n/g, '\n    ')}`);
}
process.exit(items.some((item) => item.problems.length) ? 1 : 0);
