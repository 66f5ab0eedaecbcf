// Writes the summary of the suite's own gated pipeline into docs/phases.md ("The suite gates itself"):
// it runs test/phases/self-pipeline.test.ts, which runs ci.yml's gates job (pipeline.yml on a clean clone
// of HEAD) through the workflow runner, asserts every phase's verdict, and with GATES_WRITE_SELF_SUMMARY=1
// writes what that run's summaries showed instead of comparing. Commit first: the run is of HEAD.
// Usage: node scripts/self-pipeline-summary.mjs
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = spawnSync('npx', ['--no-install', 'jest', 'test/phases/self-pipeline.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', GATES_WRITE_SELF_SUMMARY: '1' },
});
if (run.status !== 0) {
  console.error('self-pipeline-summary: the run did not pass; docs/phases.md may be unchanged (see above)');
  process.exit(run.status ?? 1);
}
console.log('self-pipeline-summary: docs/phases.md updated; review and commit it');
