/**
 * How much a step may write to its job summary. GitHub refuses a step
 * summary over 1 MiB and then shows none of it, so every section gates writes
 * is capped here, and the caps add up to less than that:
 *
 *   findings table + action's section  ≤ SUMMARY_BYTE_LIMIT
 *   error section (written after them)  ≤ ERROR_SECTION_BYTE_LIMIT
 *   and the two together               < GITHUB_SUMMARY_LIMIT.
 */

/** GitHub's own limit for one step's summary. */
export const GITHUB_SUMMARY_LIMIT = 1024 * 1024;
/** A run's summary: the verdict, the findings table and the action's own section. */
export const SUMMARY_BYTE_LIMIT = GITHUB_SUMMARY_LIMIT - 16 * 1024;
/** An action's own section (appendix) gets at most this much; the findings table the rest. */
export const APPENDIX_BYTE_LIMIT = 384 * 1024;
/** The section an error adds, possibly after a summary already written. */
export const ERROR_SECTION_BYTE_LIMIT = 12 * 1024;

/**
 * The Markdown, or as many of its first lines as fit in `maxBytes` with a
 * note of what was left out. Cut between lines only (a line cut in half could
 * leave half an escape or tag); a code fence or `<details>` left open by the
 * cut is closed, so what follows renders as it should. Pure.
 */
export function capMarkdown(markdown: string, maxBytes: number): string {
  const total = byteLength(markdown);
  if (total <= maxBytes) return markdown;
  const lines = markdown.split('\n');
  let kept = 0;
  let bytes = 0;
  let openFence: string | undefined;
  let openDetails = 0;
  for (; kept < lines.length; kept++) {
    const line = lines[kept]!;
    const closing = closingFor(openFence, openDetails);
    const note = truncationNote(total - bytes);
    if (bytes + byteLength(line) + 1 + byteLength(closing) + byteLength(note) > maxBytes) break;
    bytes += byteLength(line) + 1;
    const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence && !openFence) openFence = fence;
    else if (fence && openFence && fence[0] === openFence[0] && fence.length >= openFence.length && /^\s{0,3}[`~]+\s*$/.test(line)) openFence = undefined;
    if (!openFence) openDetails += (line.match(/<details\b/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
  }
  const head = lines.slice(0, kept).join('\n');
  return `${head}${kept > 0 ? '\n' : ''}${closingFor(openFence, openDetails)}${truncationNote(total - bytes)}`;
}

function closingFor(openFence: string | undefined, openDetails: number): string {
  return `${openFence ? `${openFence}\n` : ''}${'</details>\n'.repeat(Math.max(0, openDetails))}`;
}

function truncationNote(droppedBytes: number): string {
  return `\n> ⚠️ Cut here: ${droppedBytes} more byte(s) would take the job summary past GitHub's 1 MiB limit (GitHub then shows none of it). The report files have everything.\n`;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
