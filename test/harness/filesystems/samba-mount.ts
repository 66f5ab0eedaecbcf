import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProcessAlive } from '@gates/core';
import { isMounted, missingTools, unmount, until, type TestMount } from './mount-tools.js';

/**
 * A real Samba server on 127.0.0.1:445 (smbd with a config of its own, every
 * directory under a temporary one) and two smbnetfs FUSE mounts of its share:
 * two SMB clients. smbnetfs (libsmbclient) only connects to port 445.
 */
export async function mountSambaShare(): Promise<TestMount | string> {
  const missing = missingTools(['smbd', 'smbnetfs', 'fusermount3', 'setsid']);
  if (missing) return missing;
  if (process.getuid?.() !== 0) return 'smbd must bind port 445: needs root';
  const root = mkdtempSync(join(tmpdir(), 'gates-smb-'));
  const share = join(root, 'share');
  const run = join(root, 'run');
  mkdirSync(share, { mode: 0o777 });
  chmodSync(share, 0o777);
  mkdirSync(run);
  const conf = join(root, 'smb.conf');
  writeFileSync(conf, [
    '[global]', 'interfaces = 127.0.0.1', 'bind interfaces only = yes', 'smb ports = 445', 'disable netbios = yes', 'map to guest = Bad User',
    'server role = standalone server', 'load printers = no', 'printing = bsd', 'printcap name = /dev/null',
    ...['pid directory', 'lock directory', 'state directory', 'cache directory', 'private dir'].map((key) => `${key} = ${run}`),
    `ncalrpc dir = ${join(run, 'ncalrpc')}`, `log file = ${join(run, 'log.%m')}`,
    '[share]', `path = ${share}`, 'guest ok = yes', 'read only = no', 'force user = root', '',
  ].join('\n'));
  // In a session of its own: smbd signals its whole process group when it exits, which would otherwise be Jest's.
  const smbd = spawnSync('setsid', ['smbd', '-s', conf, '-D', '--no-process-group'], { encoding: 'utf8' });
  if (smbd.status !== 0) return `smbd did not start: ${smbd.stderr}`;
  const pidFile = join(run, 'smbd.pid');
  // Only a real pid: process.kill(0) would signal this whole process group.
  const serverPid = () => {
    try {
      const pid = Number(readFileSync(pidFile, 'utf8'));
      return Number.isSafeInteger(pid) && pid > 1 ? pid : undefined;
    } catch {
      return undefined;
    }
  };
  const stopServer = () => {
    const pid = serverPid();
    if (pid) process.kill(pid, 'SIGTERM');
  };
  try {
    await until(() => isProcessAlive(serverPid() ?? 0), 20_000, 'smbd');
  } catch (error) {
    stopServer();
    return (error as Error).message;
  }
  const mounts = ['client-a', 'client-b'].map((name) => join(root, name));
  for (const [index, mount] of mounts.entries()) {
    const home = join(root, `home-${index}`);
    mkdirSync(join(home, '.smb'), { recursive: true });
    writeFileSync(join(home, '.smb', 'smb.conf'), '[global]\n  client min protocol = SMB2\n', { mode: 0o600 });
    writeFileSync(join(home, '.smb', 'smbnetfs.conf'), 'smb_query_browsers "false"\nauth "guest" ""\nhost 127.0.0.1 visible=true\n', { mode: 0o600 });
    mkdirSync(mount);
    spawnSync('smbnetfs', [mount, '-o', 'allow_other'], { env: { ...process.env, HOME: home } });
  }
  const clients = mounts.map((mount) => join(mount, '127.0.0.1', 'share'));
  try {
    await until(() => mounts.every((mount) => isMounted(mount, 'fuse.smbnetfs')), 20_000, 'the smbnetfs mounts');
  } catch (error) {
    for (const mount of mounts) unmount(mount);
    stopServer();
    return (error as Error).message;
  }
  return {
    clients,
    stop: async () => {
      for (const mount of mounts) unmount(mount);
      stopServer();
    },
  };
}
