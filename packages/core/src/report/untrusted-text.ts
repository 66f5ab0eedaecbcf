import type { Redactor } from '../redact/redactor.js';
import { escapeMarkdown, inlineCode } from './markdown.js';

/** Longest piece of untrusted text shown in one place of a summary; reports keep it whole. */
export const MAX_SHOWN_CHARACTERS = 2000;

/**
 * How untrusted text (names and messages from files, inputs, the API) enters
 * a job summary: redacted, then shortened, then escaped, in that order.
 * Escaping first would hide a secret from the redactor (`ghp_x…` becomes
 * `ghp\_x…`); shortening first would leave a piece of one.
 */
export interface MarkdownText {
  /** Prose, a list item or a table cell. */
  text(value: string): string;
  /** Code-styled: paths, ids, refs. */
  code(value: string): string;
}

export function markdownText(redactor: Redactor): MarkdownText {
  const prepare = (value: string) => shorten(redactor.redact(value), MAX_SHOWN_CHARACTERS);
  return {
    text: (value) => escapeMarkdown(prepare(value)),
    code: (value) => inlineCode(prepare(value)),
  };
}

/**
 * For renderers of a report runAction has already redacted (a job summary
 * an action renders itself): shortened and escaped as markdownText does,
 * not redacted twice.
 */
export const redactedReportText: MarkdownText = {
  text: (value) => escapeMarkdown(shorten(value, MAX_SHOWN_CHARACTERS)),
  code: (value) => inlineCode(shorten(value, MAX_SHOWN_CHARACTERS)),
};

/** At most `limit` characters, whole code points, with `…` where it was cut. */
export function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  // Never cut a surrogate pair in half.
  if (/[\ud800-\udbff]/.test(text[end - 1]!)) end--;
  return `${text.slice(0, end)}…`;
}
