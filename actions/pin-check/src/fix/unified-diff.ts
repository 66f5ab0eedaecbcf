/**
 * A unified diff (`diff -u` format, 3 lines of context) between two versions
 * of a file whose edits stay within lines, as fix mode's are: line i of the
 * old text corresponds to line i of the new. Pure. When line counts differ
 * the whole file is one hunk, which is still a valid diff.
 */
const CONTEXT = 3;

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const oldLines = splitLines(before);
  const newLines = splitLines(after);
  const header = `--- a/${path}\n+++ b/${path}\n`;
  if (oldLines.length !== newLines.length) {
    return `${header}@@ -1,${oldLines.length} +1,${newLines.length} @@\n${oldLines.map((l) => `-${l}\n`).join('')}${newLines.map((l) => `+${l}\n`).join('')}`;
  }
  const changed = oldLines.flatMap((line, index) => (line === newLines[index] ? [] : [index]));
  const hunks: { from: number; to: number }[] = [];
  for (const index of changed) {
    const from = Math.max(0, index - CONTEXT);
    const to = Math.min(oldLines.length - 1, index + CONTEXT);
    const last = hunks.at(-1);
    if (last && from <= last.to + 1) last.to = to;
    else hunks.push({ from, to });
  }
  let out = header;
  for (const { from, to } of hunks) {
    const length = to - from + 1;
    out += `@@ -${from + 1},${length} +${from + 1},${length} @@\n`;
    for (let index = from; index <= to; index++) {
      if (oldLines[index] === newLines[index]) out += ` ${oldLines[index]}\n`;
      else out += `-${oldLines[index]}\n+${newLines[index]}\n`;
    }
  }
  return out;
}

/** Lines without their `\n`; a final newline does not make an empty last line. */
function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
