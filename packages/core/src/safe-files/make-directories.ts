import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * mkdir -p, one component at a time. Node's own recursive mkdir never returns
 * on some pseudo-filesystems (measured: a path under /proc spins forever), and
 * a gate must fail, not hang.
 */
export function makeDirectories(path: string, mode = 0o777): void {
  const missing: string[] = [];
  let current = path;
  while (!existsSync(current)) {
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const directory of missing.reverse()) {
    try {
      mkdirSync(directory, { mode });
    } catch (error) {
      // Another writer created it meanwhile: what matters is that it exists.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
