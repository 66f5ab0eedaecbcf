import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway checkout: files by relative path, or a copy of a fixture tree. */
export function makeWorkspace(files: Record<string, string | Buffer> = {}, copyFrom?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'gates-workspace-'));
  if (copyFrom) cpSync(copyFrom, root, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
