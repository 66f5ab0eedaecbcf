import { createReadStream } from 'node:fs';
import { openRegularFile } from '@gates/core';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { ScrubTransform } from '../scrub/scrub-transform.js';
import type { ScrubEngine } from '../scrub/scrub-engine.js';
import { binaryLeftAsItIs, type FileOutcome } from './file-outcome.js';
import { openTarget, type Destination } from './scrub-target.js';

/** Decompresses, scrubs and re-compresses a gzip file in one stream: memory stays bounded whatever it expands to. */
export async function scrubGzip(source: string, destination: Destination, engine: ScrubEngine, maxBytes: number, display: string): Promise<FileOutcome> {
  const target = openTarget(destination);
  const scrub = new ScrubTransform(engine, maxBytes);
  try {
    await pipeline(
      createReadStream('', { fd: openRegularFile(source, { noFollow: true }).fd }),
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
  if (!scrub.outcome.scrubbed || (!found && destination.path === source)) target.abandon();
  else target.commit();
  if (!scrub.outcome.scrubbed) return binaryLeftAsItIs(display, 'gzip', engine.binary, scrub.outcome.knownLeft, 'compressed content is binary');
  return { display, kind: 'gzip', status: found ? 'redacted' : 'clean', occurrences: scrub.outcome.occurrences, replacements: scrub.outcome.replacements, entries: { scrubbed: 1, passedThrough: 0 } };
}
