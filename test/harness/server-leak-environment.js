/**
 * Jest's node environment, plus two things around each test file:
 *
 * - Every loopback server the file started is closed. A server a test forgot to close keeps the jest worker alive
 *   after the last test, and CI waits for its timeout instead of failing. The harness's servers register in
 *   test/harness/open-servers.ts (a set kept on the test context's global). At "run_finish" (after every afterAll
 *   of the file, which a setup-file hook would run before) this closes what is left and fails the file, naming it.
 * - The file's temporary files are removed. Each file gets its own TMPDIR (set before the test context copies the
 *   environment, so os.tmpdir() in the tests, the bundles they start and the children of those all use it), and
 *   teardown deletes it: the workspaces, runner directories and stores the tests create (several GB over a run)
 *   never pile up in the machine's /tmp. A directory with a filesystem still mounted under it is left alone.
 *
 * Plain JavaScript: jest loads the environment itself, before any transform.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestEnvironment } from 'jest-environment-node';

/** Whether a filesystem is mounted at or under `directory` (a test that failed before unmounting). */
function hasMountUnder(directory) {
  try {
    return readFileSync('/proc/self/mounts', 'utf8').split('\n').some((line) => {
      const mountPoint = (line.split(' ')[1] ?? '').replace(/\\040/g, ' ');
      return mountPoint === directory || mountPoint.startsWith(`${directory}/`);
    });
  } catch {
    return true;
  }
}

export default class ServerLeakEnvironment extends TestEnvironment {
  constructor(config, context) {
    const previousTmpdir = process.env.TMPDIR;
    const fileTemp = mkdtempSync(join(tmpdir(), 'gates-test-'));
    process.env.TMPDIR = fileTemp;
    super(config, context);
    this.fileTemp = fileTemp;
    this.previousTmpdir = previousTmpdir;
  }

  async teardown() {
    await super.teardown();
    if (this.previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = this.previousTmpdir;
    if (!hasMountUnder(this.fileTemp)) rmSync(this.fileTemp, { recursive: true, force: true, maxRetries: 3 });
  }

  async handleTestEvent(event, state) {
    if (event.name !== 'run_finish') return;
    const open = this.global.__gatesOpenServers;
    if (!open || open.size === 0) return;
    const leftovers = [...open];
    open.clear();
    await Promise.all(leftovers.map((server) => server.close()));
    const names = leftovers.map((server) => server.name).join(', ');
    state.unhandledErrors.push(new Error(`this test file left ${leftovers.length} server(s) open: ${names}; close each one it starts (an afterEach that closes only the last would hang the run)`));
  }
}
