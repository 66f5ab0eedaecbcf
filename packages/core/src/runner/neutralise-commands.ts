import { randomBytes } from 'node:crypto';

/**
 * Keeps untrusted text printed to a job log from being read as workflow
 * commands. How the runner reads a step's output (actions/runner,
 * ActionCommandManager and ActionCommand):
 * - it splits output into lines at CR LF, a lone CR and a lone LF
 *   (.NET StreamReader.ReadLine);
 * - a line whose text after leading whitespace (.NET String.TrimStart)
 *   starts with `::` is a command: `::name props::data`;
 * - the legacy form `##[name props]data` is a command wherever it stands in
 *   the line, and is still parsed;
 * - `::stop-commands::TOKEN` turns all of that off until a line `::TOKEN::`.
 * set-output, save-state and add-mask are still live that way (set-env and
 * add-path only when a workflow allows unsecure commands).
 */

/** What .NET's TrimStart removes: every Unicode white space character. */
const COMMAND_START = /^([\t\v\f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*):(?=:)/;
const LEGACY_COMMAND = /##\[/g;

/**
 * Every line of the text made inert: a `::` at the start of a line becomes
 * `%3A:` and every `##[` becomes `##%5B` (the runner's own escapes for `:`
 * and `[`), visibly so. Lines are cut where the runner cuts them (CR LF, CR,
 * LF) and the breaks kept as they are, so text without a command is written
 * byte for byte as @actions/core writes it (test/core/runner-differential.test.ts). Pure.
 */
export function neutraliseCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text.replace(/[^\r\n]+/g, (line) => line.replace(COMMAND_START, '$1%3A').replace(LEGACY_COMMAND, '##%5B'));
}

/**
 * A long untrusted block (a diff) printed as it is, between
 * `::stop-commands::TOKEN` and `::TOKEN::`: nothing in it is a command, and
 * it cannot end the block itself, since the token is random and new each
 * time. The block's own line breaks become `\n`. Pure but for the token.
 */
export function stopCommandsBlock(text: string, token = newToken(text)): string {
  const body = text.split(/\r\n|\r|\n/).join('\n');
  return `::stop-commands::${token}\n${body}\n::${token}::\n`;
}

/** 128 random bits as hex, drawn again in the (astronomically unlikely) case the text holds them. */
function newToken(text: string): string {
  for (;;) {
    const token = randomBytes(16).toString('hex');
    if (!text.includes(token)) return token;
  }
}
