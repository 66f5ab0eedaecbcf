// After a release is tagged: pins every `uses: org/gates…` line of the READMEs,
// docs and reusable workflows (the phases call the actions of their own release) to the release's commit, with the release as comment, so the
// examples users copy are pinned the way pin-check asks of every action.
//   node scripts/pin-readmes.mjs v0.2.0            (the tag's commit)
//   node scripts/pin-readmes.mjs v0.2.0 <commit>   (a commit the tag will name)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [tag, given] = process.argv.slice(2);
if (!/^v\d+\.\d+\.\d+$/.test(tag ?? '')) {
  console.error('usage: node scripts/pin-readmes.mjs vX.Y.Z [commit]');
  process.exit(2);
}
const commit = execFileSync('git', ['rev-parse', '--verify', `${given ?? tag}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();

/** README.md, each action's README, docs/*.md and the workflows in .github/workflows/. */
function documentationFiles(directory = root) {
  const actionReadmes = readdirSync(directory).map((name) => join(name, 'README.md')).filter((file) => existsSync(join(directory, file)));
  const docs = readdirSync(join(directory, 'docs')).filter((file) => file.endsWith('.md')).map((file) => join('docs', file));
  const workflows = readdirSync(join(directory, '.github', 'workflows')).filter((file) => /\.ya?ml$/.test(file)).map((file) => join('.github', 'workflows', file));
  return ['README.md', ...actionReadmes, ...docs, ...workflows];
}

let changed = 0;
for (const file of documentationFiles()) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const pinned = text.replace(/^(\s*(?:-\s+)?uses:\s+org\/gates(?:\/[\w./-]+)?)@\S+(?:\s+#.*)?$/gm, `$1@${commit} # ${tag}`);
  if (pinned !== text) {
    writeFileSync(path, pinned);
    changed++;
  }
}
console.log(`pinned the org/gates uses: lines of ${changed} file(s) to ${commit} # ${tag}`);
