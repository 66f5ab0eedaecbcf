/**
 * Bidirectional controls (the overrides and isolates U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F and
 * U+061C) shown as `\uNNNN` text. Raw, they reorder what a reader sees: a path ending `txt.exe` can display as
 * `exe.txt`. The summary escapes them through escapeMarkdown; this does the same for annotations, which GitHub
 * shows as plain text beside the code.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visibleBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
