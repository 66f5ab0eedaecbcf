import { constants, createReadStream, openSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { ScrubTransform } from '../scrub/scrub-transform.js';
import type { ScrubEngine } from '../scrub/scrub-engine.js';
import { AtomicTarget } from './atomic-target.js';
import { binaryLeftAsItIs, type FileOutcome } from './file-outcome.js';

/** Decompresses, scrubs and re-compresses a gzip file in one stream: memory stays bounded whatever it expands to. */
export async function scrubGzip(source: string, destination: string, mode: number, engine: ScrubEngine, maxBytes: number, display: string): Promise<FileOutcome> {
  const target = new AtomicTarget(destination, mode);
  const scrub = new ScrubTransform(engine, maxBytes);
  try {
    await pipeline(
      createReadStream('', { fd: openSync(source, constants.O_RDONLY | constants.O_NOFOLLOW) }),
      createGunzip(),
      scrub,
      createGzip(),
      target.sink(),
    );
  } catch (error) {
    target.abandon();
    throw error;
  }
  const found = scrub.outcome.occurrences.size > 0;
  // Content the policy does not scrub is not copied either: an output directory holds only scrubbed files.
  if (!scrub.outcome.scrubbed || (!found && destination === source)) target.abandon();
  else target.commit();
  if (!scrub.outcome.scrubbed) return binaryLeftAsItIs(display, 'gzip', engine.binary, scrub.outcome.knownLeft, 'compressed content is binary');
  return { display, kind: 'gzip', status: found ? 'redacted' : 'clean', occurrences: scrub.outcome.occurrences, replacements: scrub.outcome.replacements, entries: { scrubbed: 1, passedThrough: 0 } };
}
