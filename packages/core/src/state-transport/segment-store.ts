import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GatesError } from '../errors/gates-error.js';

/** Where segments travel between the jobs of a run. One implementation talks to the Actions artifact service; tests may give another. */
export interface SegmentStore {
  /** The run's artifacts whose names start with the prefix, with the size the service lists (bytes of the zip), when it does. */
  list(prefix: string): Promise<{ id: number; name: string; size?: number }[]>;
  /** Extracts an artifact's files into a directory; with `maxBytes`, at most that many of zip and of files, and ZipRefused for one it will not unpack. */
  download(id: number, into: string, maxBytes?: number): Promise<void>;
  /** Uploads files (absolute paths under root) as one artifact; `taken` when the name is used in this run already. */
  upload(name: string, root: string, files: string[]): Promise<'uploaded' | 'taken'>;
}

/**
 * The Actions artifact service through `@actions/artifact` (its current
 * major). The package is loaded only here, on first use: a step under
 * `state: local` never pays its start-up cost.
 */
export function artifactStore(retentionDays?: number): SegmentStore {
  let client: Promise<import('@actions/artifact').ArtifactClient> | undefined;
  const connect = () => (client ??= import('@actions/artifact').then((module) => new module.DefaultArtifactClient()));
  return {
    async list(prefix) {
      // Every artifact, not `latest: true`: a re-run's jobs may create a name an earlier attempt used, and the latest
      // of a name hides the earlier one. Any step of the run could then hide a signed failure of attempt 1 behind an
      // artifact of its name; each one listed is checked on its own instead (docs/ordering.md).
      const { artifacts } = await (await connect()).listArtifacts();
      return artifacts.filter((artifact) => artifact.name.startsWith(prefix)).map(({ id, name, size }) => ({ id, name, size }));
    },
    async download(id, into, maxBytes) {
      if (maxBytes === undefined) {
        await (await connect()).downloadArtifact(id, { path: into });
        return;
      }
      // The zip is saved as it is and unpacked here (segment-zip.ts): the client's own extraction has no size limit.
      // The zip reader (yauzl) loads with the first download, like the client: a step under `state: local` never parses it.
      const { extractZip, ZipRefused } = await import('./segment-zip.js');
      const raw = `${into}.zip.d`;
      try {
        await (await connect()).downloadArtifact(id, { path: raw, skipDecompress: true });
        const [file, ...more] = readdirSync(raw);
        if (file === undefined || more.length > 0) throw new ZipRefused('the download is not one file');
        const path = join(raw, file);
        const size = statSync(path).size;
        if (size > maxBytes) throw new ZipRefused(`the artifact is ${size} bytes, over the limit of a segment`);
        await extractZip(readFileSync(path), into, maxBytes);
      } finally {
        rmSync(raw, { recursive: true, force: true });
      }
    },
    async upload(name, root, files) {
      try {
        await (await connect()).uploadArtifact(name, files, root, { ...(retentionDays ? { retentionDays } : {}), compressionLevel: 6 });
        return 'uploaded';
      } catch (error) {
        const message = String((error as Error)?.message ?? error);
        if (/\b409\b|already exists/i.test(message)) return 'taken';
        // The service said no for good (the client does not retry it): the job's 500 artifacts, or the storage quota.
        if (/non-retryable|storage quota/i.test(message)) throw new GatesError('GATES_E_STATE_REFUSED', { name, reason: message.slice(0, 300) }, { cause: error });
        throw error;
      }
    },
  };
}

let abandoned = false;

/** Whether an operation was given up at its deadline: its sockets and the client's retry timers may still hold the process open. */
export function transportAbandoned(): boolean {
  return abandoned;
}

/** Bounds a transport operation: an outage of the service costs `timeoutMs`, not the client's own retry schedule. */
export async function withDeadline<T>(operation: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      abandoned = true;
      reject(new GatesError('GATES_E_STATE_TRANSPORT', { operation, reason: `no answer within ${Math.round(timeoutMs / 100) / 10}s` }));
    }, timeoutMs);
  });
  try {
    return await Promise.race([work().catch((error: unknown) => {
      if (error instanceof GatesError) throw error;
      throw new GatesError('GATES_E_STATE_TRANSPORT', { operation, reason: String((error as Error)?.message ?? error).slice(0, 300) }, { cause: error });
    }), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
