import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { GatesError, readRegularFile, writeFileAtomically, type Finding } from '@gates/core';
import { MAX_FILE_BYTES } from '../collect.js';
import { applyEdits } from './apply-edits.js';
import { unifiedDiff } from './unified-diff.js';

export interface FixResult {
  /** Files rewritten (fix) or that would be (dry-run), relative to the workspace. */
  files: string[];
  /** The findings whose fixes were applied (fix mode) or planned (dry-run). */
  fixed: Set<Finding>;
  /** A unified diff of every change, ready for `git apply`. */
  patch: string;
  /** Files left alone, with why (changed since they were read, not UTF-8...). */
  skipped: { file: string; reason: string }[];
}

/**
 * Applies the findings' fixes file by file. Each file is re-read and must be
 * exactly the text the rules saw (valid UTF-8, unchanged since), so a fix
 * never rewrites bytes it did not mean to. Writes are atomic (a temp file in
 * the same directory, mode kept, then rename), so an interrupted run leaves
 * each file either old or new. `write: false` is the dry run; `inScope`
 * limits the fixes (fix-scope: changed).
 */
export async function applyFixes(workspace: string, findings: readonly Finding[], write: boolean, inScope: (finding: Finding) => boolean = () => true): Promise<FixResult> {
  const result: FixResult = { files: [], fixed: new Set(), patch: '', skipped: [] };
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.fix || finding.waived || !inScope(finding)) continue;
    byFile.set(finding.fix.file, [...(byFile.get(finding.fix.file) ?? []), finding]);
  }
  for (const [file, fixable] of [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const absolute = join(workspace, file);
    // The same limit the rules read it with; never through a link swapped in since.
    const bytes = readRegularFile(absolute, { maxBytes: MAX_FILE_BYTES, noFollow: true });
    const decoded = bytes.toString('utf8');
    // The rules saw the text without its byte-order mark (offsets count from after it); it is put back on write.
    const bom = decoded.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const text = decoded.slice(bom.length);
    if (!Buffer.from(decoded, 'utf8').equals(bytes)) {
      result.skipped.push({ file, reason: 'not valid UTF-8; rewriting it would change other bytes' });
      continue;
    }
    const edits = fixable.flatMap((finding) => finding.fix!.edits);
    if (edits.some((edit) => edit.expected !== undefined && text.slice(edit.start, edit.end) !== edit.expected)) {
      result.skipped.push({ file, reason: 'changed since it was read' });
      continue;
    }
    const updated = applyEdits(text, edits);
    if (updated === text) continue;
    if (write) writeAtomically(workspace, absolute, bom + updated);
    result.files.push(file);
    result.patch += unifiedDiff(file, text, updated);
    for (const finding of fixable) result.fixed.add(finding);
  }
  return result;
}

/** Through the core's atomic writer: inside the workspace, the file's mode kept, a killed run leaving the old file or the new one. */
function writeAtomically(workspace: string, path: string, text: string): void {
  const stat = lstatSync(path);
  if (!stat.isFile()) throw new GatesError('GATES_E_FILESYSTEM', { path, reason: 'not a regular file; fix mode does not follow links' });
  try {
    writeFileAtomically(path, text, { root: workspace, mode: stat.mode & 0o7777 });
  } catch (error) {
    if (error instanceof GatesError) throw error;
    throw new GatesError('GATES_E_FILESYSTEM', { path, reason: (error as Error).message }, { cause: error });
  }
}
