import { AtomicFile } from '@gates/core';

/** Where a scrubbed file goes: a path that must stay inside a root, with the source's permission bits. */
export interface Destination {
  path: string;
  root: string;
  mode: number;
}

/**
 * The scrubbed copy is written beside its destination and renamed over it
 * only when complete (the core's atomic writer: a killed run leaves the old
 * file or the new one, and its temporary file is removed by the next run).
 * No fsync: it cost a third of the run time on a 1 GiB log, and what it adds
 * (surviving a power loss) does not matter on a runner, where a crashed
 * machine ends the job and its uploads with it.
 */
export function openTarget(destination: Destination): AtomicFile {
  return new AtomicFile(destination.path, { root: destination.root, mode: destination.mode & 0o7777 });
}
