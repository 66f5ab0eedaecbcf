import { realpathSync } from 'node:fs';
import { readRegularFile } from '../safe-files/read-file.js';

export interface MountInfo {
  /** Kernel filesystem type: ext4, tmpfs, overlay, nfs4, cifs, fuse.smbnetfs, ... */
  type: string;
  mountPoint: string;
  source: string;
}

/**
 * The filesystem a path lives on: the entry of /proc/self/mountinfo whose
 * mount point is the longest prefix of the path's real path (links resolved,
 * so a link into a network share reports the share). Undefined where there is
 * no /proc (not Linux) or the path does not exist.
 */
export function filesystemOf(path: string, mountinfo = readMountinfo()): MountInfo | undefined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return undefined;
  }
  let best: MountInfo | undefined;
  for (const mount of parseMountinfo(mountinfo)) {
    const inside = real === mount.mountPoint || real.startsWith(mount.mountPoint === '/' ? '/' : `${mount.mountPoint}/`);
    // Later lines win ties: a mount stacked on the same point hides the earlier one.
    if (inside && (!best || mount.mountPoint.length >= best.mountPoint.length)) best = mount;
  }
  return best;
}

/** mountinfo(5): `id parent major:minor root mount-point options [optional...] - type source super-options`. */
export function parseMountinfo(text: string): MountInfo[] {
  const mounts: MountInfo[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    const separator = fields.indexOf('-', 6);
    if (fields.length < 10 || separator < 0) continue;
    mounts.push({ mountPoint: unescapeOctal(fields[4]!), type: fields[separator + 1]!, source: unescapeOctal(fields[separator + 2] ?? '') });
  }
  return mounts;
}

/** The kernel escapes space, tab, newline and backslash in paths as \ooo. */
function unescapeOctal(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_, code: string) => String.fromCharCode(parseInt(code, 8)));
}

function readMountinfo(): string {
  try {
    return readRegularFile('/proc/self/mountinfo', { maxBytes: 4 * 1024 * 1024 }).toString('utf8');
  } catch {
    return '';
  }
}
