/**
 * The loopback servers a test file started and has not closed yet.
 *
 * Jest runs every file in one process (in band), so a server a test forgot to close keeps that process alive
 * after the last test: CI then waits for its timeout instead of failing. Each harness server registers here when
 * it listens and leaves when it closes; test/harness/server-leak-environment.js closes what is left after each
 * file and fails that file, naming the servers. The set lives on the test context's global, where the
 * environment can see it.
 */
interface OpenServer {
  name: string;
  close(): Promise<void>;
}

const holder = globalThis as typeof globalThis & { __gatesOpenServers?: Set<OpenServer> };
const open = (holder.__gatesOpenServers ??= new Set<OpenServer>());

/** Registers a listening server; call the returned function once it is closing. */
export function trackServer(name: string, close: () => Promise<void>): () => void {
  const entry: OpenServer = { name, close };
  open.add(entry);
  return () => void open.delete(entry);
}
