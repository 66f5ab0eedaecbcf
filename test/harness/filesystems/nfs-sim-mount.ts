import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../run-bundle.js';
import { isMounted, missingTools, unmount, until, type TestMount } from './mount-tools.js';

let binary: string | undefined;

/**
 * The NFS simulation (test/harness/nfs-sim/nfs-sim.c), compiled with gcc
 * against libfuse3 (C: the FUSE API is a C API, gcc is on the CI machine,
 * and a passthrough is a page of code), mounted twice over one backing
 * directory: two clients. `delaySeconds` is the attribute-cache time,
 * `windowUs` the gap inside the non-atomic exclusive create.
 */
export async function mountNfsSimulation(options: { delaySeconds: number; windowUs: number }): Promise<TestMount | string> {
  const missing = missingTools(['gcc', 'pkg-config', 'fusermount3']);
  if (missing) return missing;
  const flags = spawnSync('pkg-config', ['--cflags', '--libs', 'fuse3'], { encoding: 'utf8' });
  if (flags.status !== 0) return 'libfuse3-dev is not installed (pkg-config fuse3 failed)';
  const root = mkdtempSync(join(tmpdir(), 'gates-nfs-sim-'));
  if (!binary) {
    const out = join(root, 'nfs-sim');
    const gcc = spawnSync('gcc', ['-O2', '-o', out, join(REPO_ROOT, 'test', 'harness', 'nfs-sim', 'nfs-sim.c'), ...flags.stdout.trim().split(/\s+/)], { encoding: 'utf8' });
    if (gcc.status !== 0) return `gcc could not build nfs-sim: ${gcc.stderr}`;
    binary = out;
  }
  const backing = join(root, 'export');
  mkdirSync(backing);
  const clients = ['client-a', 'client-b'].map((name) => join(root, name));
  const daemons: ChildProcess[] = [];
  for (const client of clients) {
    mkdirSync(client);
    daemons.push(spawn(binary, [backing, client, String(options.delaySeconds), String(options.windowUs)], { stdio: 'ignore' }));
  }
  await until(() => clients.every((client) => isMounted(client, 'fuse.nfs-sim')), 20_000, 'the nfs-sim mounts');
  return {
    clients,
    stop: async () => {
      for (const client of clients) unmount(client);
      await Promise.all(daemons.map((daemon) => (daemon.exitCode === null ? new Promise((resolve) => daemon.once('exit', resolve)) : undefined)));
    },
  };
}
