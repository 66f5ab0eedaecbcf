import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null | undefined;

/**
 * The directory gates itself lives in (a checkout, or the installed package):
 * the one holding `docs/errors.md` and `actions/`, found by walking up from
 * this module, which is a bundle under `dist/` or a source file under
 * `packages/`. Its READMEs and action.yml files are what the CLI shows and
 * docs links point at; undefined when they were not shipped.
 */
export function suiteRoot(): string | undefined {
  if (cached === undefined) cached = findUp(dirname(fileURLToPath(import.meta.url))) ?? null;
  return cached ?? undefined;
}

function findUp(start: string): string | undefined {
  for (let directory = start; ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'docs', 'errors.md')) && existsSync(join(directory, 'actions'))) return directory;
    if (dirname(directory) === directory) return undefined;
  }
}
