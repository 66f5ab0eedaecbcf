import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The fixture workflows (a folder that plays `.github/workflows/`). */
export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/**
 * A throwaway `.github/workflows/` with the fixtures in it plus `files`, for
 * tests that plant a variant of a workflow; returns the path of `entry`.
 */
export function workflowsWith(files: Record<string, string>, entry: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'gates-workflows-'));
  cpSync(FIXTURES, directory, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
  return join(directory, entry);
}
