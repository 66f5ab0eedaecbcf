import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { loadConfigFile } from '../config/load-file.js';
import { CONFIG_KINDS } from '../config/schemas.js';
import { GatesError, type ErrorDetail } from '../errors/gates-error.js';
import { normaliseLocation } from '../findings/fingerprint.js';
import { effectivePolicy, type WaiverFile, type WaiverSet } from './waiver-model.js';
import { isValidTimeZone, startInstant, endInstant } from './waiver-time.js';

export const DEFAULT_WAIVERS_PATH = CONFIG_KINDS.waivers.defaultPath!;

/**
 * The waiver file, or undefined when there is none at the default path (no
 * waivers: nothing is waived). A path set explicitly must exist. Schema
 * problems and what the schema cannot say (duplicate ids, an unknown time
 * zone, an expiry before the creation) are config errors with their lines.
 */
export async function loadWaivers(workspace: string, path: string | undefined): Promise<WaiverSet | undefined> {
  const wanted = path ?? DEFAULT_WAIVERS_PATH;
  const absolute = resolve(workspace, wanted);
  if (path === undefined && !existsSync(absolute)) return undefined;
  const display = isAbsolute(wanted) ? wanted : relative(workspace, absolute) || wanted;
  const loaded = await loadConfigFile(absolute, CONFIG_KINDS.waivers, display);
  const file = loaded.value as WaiverFile;
  const line = (pointer: string) => loaded.positions.value.get(pointer)?.line;
  const problems: ErrorDetail[] = [];
  const policy = effectivePolicy(file.policy);
  if (!isValidTimeZone(policy.timezone)) {
    problems.push({ message: `unknown time zone "${policy.timezone}"`, location: { file: display, line: line('/policy/timezone') }, hint: 'use an IANA zone such as Europe/Berlin, or UTC' });
  }
  const lines = new Map<string, number>();
  file.waivers.forEach((waiver, index) => {
    const at = line(`/waivers/${index}`);
    if (lines.has(waiver.id)) {
      problems.push({ message: `waiver id "${waiver.id}" is used twice (first at line ${lines.get(waiver.id)})`, location: { file: display, line: at }, hint: 'give each waiver its own id' });
    } else if (at !== undefined) lines.set(waiver.id, at);
    if (waiver.path !== undefined && normaliseLocation(waiver.path) === '') {
      problems.push({ message: `waiver ${waiver.id}: path "${waiver.path}" names no file once normalised`, location: { file: display, line: line(`/waivers/${index}/path`) }, hint: 'name a file relative to the repository root, e.g. src/app.js' });
    }
    const zone = isValidTimeZone(policy.timezone) ? policy.timezone : 'UTC';
    // The schema's date-time format admits a leap second (23:59:60), which Date.parse cannot read: NaN would never expire.
    const unreadable = (['created', 'expires'] as const).filter((field) => !Number.isFinite(field === 'created' ? startInstant(waiver.created, zone) : endInstant(waiver.expires, zone)));
    for (const field of unreadable) {
      problems.push({ message: `waiver ${waiver.id}: ${field} (${waiver[field]}) is not an instant gates can read`, location: { file: display, line: line(`/waivers/${index}/${field}`) }, hint: 'write 23:59:59, or a calendar date' });
    }
    if (unreadable.length > 0) return;
    if (endInstant(waiver.expires, zone) <= startInstant(waiver.created, zone)) {
      problems.push({ message: `waiver ${waiver.id} expires (${waiver.expires}) before it is created (${waiver.created})`, location: { file: display, line: line(`/waivers/${index}/expires`) } });
    }
  });
  if (problems.length > 0) throw new GatesError('GATES_E_CONFIG_INVALID', { file: display, count: problems.length }, { details: problems, location: problems[0]!.location });
  return { file: display, policy, waivers: file.waivers, lines };
}
