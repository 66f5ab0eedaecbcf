/**
 * Jest's node environment, plus one check after each test file: every loopback server the file started is closed.
 *
 * Jest runs the files in one process (in band), so a server a test forgot to close keeps that process alive after
 * the last test, and CI waits for its timeout instead of failing. The harness's servers register in
 * test/harness/open-servers.ts (a set kept on the test context's global). At "run_finish" (after every afterAll
 * of the file, which a setup-file hook would run before) this closes what is left and fails the file, naming it.
 * Plain JavaScript: jest loads the environment itself, before any transform.
 */
import { TestEnvironment } from 'jest-environment-node';

export default class ServerLeakEnvironment extends TestEnvironment {
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
