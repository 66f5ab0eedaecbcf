import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { availableParallelism } from 'node:os';
import { accessRoutes } from '../harness/github-api/access-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { inPool, mismatch, runRow, RUN_TOKEN, type BadInput, type BadInputKind } from './bad-inputs/bad-input.js';
import { cliRows } from './bad-inputs/rows-cli.js';
import { commandCheckRows } from './bad-inputs/rows-command-check.js';
import { commonRows } from './bad-inputs/rows-common.js';
import { envDriftCheckpointRows } from './bad-inputs/rows-env-drift-checkpoint.js';
import { hydrationRows } from './bad-inputs/rows-hydration.js';
import { perfRedactRows } from './bad-inputs/rows-perf-redact.js';
import { pinCheckRows } from './bad-inputs/rows-pin-check.js';
import { rbacGuardRows } from './bad-inputs/rows-rbac-guard.js';

// The bad-input table: every action (its committed bundle, defaults delivered as the runner does) and every CLI
// command, fed malformed, missing, mistyped, out-of-range and hostile inputs. Each row names its exit code and error
// code; none may crash (exit 4, a stack trace) or hang. Rows of a kind run together, several processes at a time.
const ROWS: BadInput[] = [...commonRows(), ...rbacGuardRows(), ...pinCheckRows(), ...perfRedactRows(), ...envDriftCheckpointRows(), ...commandCheckRows(), ...hydrationRows(), ...cliRows()];
const KINDS: BadInputKind[] = ['malformed', 'missing', 'wrong-type', 'out-of-range', 'hostile'];
const WIDTH = Math.max(2, Math.min(6, availableParallelism() * 2));

let api: GitHubApiServer;
beforeAll(async () => {
  api = await startGitHubApiServer(accessRoutes({ collaborators: { octocat: 'write' } }), { token: RUN_TOKEN });
});
afterAll(async () => {
  await api.close();
  const counts = KINDS.map((kind) => {
    const rows = ROWS.filter((row) => row.kind === kind);
    return `${kind.padEnd(13)}${String(rows.length).padStart(4)}  (bundles ${rows.filter((row) => row.target !== 'cli').length}, CLI ${rows.filter((row) => row.target === 'cli').length})`;
  });
  console.log(`bad-input table: ${ROWS.length} cases\n  ${counts.join('\n  ')}`);
});

describe('the bad-input table', () => {
  test('every row has a unique name within its target', () => {
    const names = ROWS.map((row) => `${row.target}: ${row.name}`);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  test.each(KINDS)('%s inputs: each gives its exit code and error, none crashes or hangs', async (kind) => {
    const rows = ROWS.filter((row) => row.kind === kind);
    const results = await inPool(rows, WIDTH, (row) => runRow(row, api.url));
    const wrong = rows.flatMap((row, index) => {
      const problem = mismatch(row, results[index]!);
      return problem ? [`${row.target}: ${row.name} → ${problem}`] : [];
    });
    expect(wrong).toEqual([]);
  }, 300_000);
});
