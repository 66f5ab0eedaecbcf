import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { escapeMarkdown, groupThousands } from '../../packages/core/src/report/markdown.js';

/** The escaping as first written, one pass per kind of character: the reference the one-pass version must equal. */
function escapeMarkdownReference(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

describe('escapeMarkdown', () => {
  test('entities for HTML, backslashes for Markdown, a space for line breaks, \\xNN for control characters', () => {
    expect(escapeMarkdown('a|b <img> & *x* [l](u)\r\nnext\rline\t\u001b[31m\u007f')).toBe(
      'a\\|b &lt;img&gt; &amp; \\*x\\* \\[l\\](u) next\\x0dline\\x09\\x1b\\[31m\\x7f',
    );
    expect(escapeMarkdown('plain text, nothing to escape.')).toBe('plain text, nothing to escape.');
  });

  test('equals the one-pass-per-kind reference on any text', () => {
    const alphabet = fc.constantFrom('a', ' ', '&', '<', '>', '\\', '`', '*', '_', '[', ']', '|', '~', '\r', '\n', '\t', '\u0000', '\u001b', '\u007f', 'é', '😀', '#');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
      expect(escapeMarkdown(text)).toBe(escapeMarkdownReference(text));
    }), { numRuns: 2000 });
  });
});

describe('groupThousands', () => {
  test('groups digits in threes from the right, as en-US does', () => {
    expect([0, 7, 999, 1000, 65536, 1234567, 1000000].map(groupThousands)).toEqual(['0', '7', '999', '1,000', '65,536', '1,234,567', '1,000,000']);
  });
});
