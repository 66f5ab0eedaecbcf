import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { escapeMarkdown, groupThousands, inlineCode, table } from '../../packages/core/src/report/markdown.js';
import { elementsOf, renderGfm, visibleText } from '../adversarial/rendered-markdown.js';

/** What a reader should see of escaped text: the text itself, line breaks as spaces, control characters spelled out. */
function expectedVisible(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Pieces that try to become Markdown, HTML, autolinks or a new line. */
const NASTY = fc.constantFrom(
  'a', ' ', 'é', '😀', '&', '<', '>', '\\', '`', '*', '_', '[', ']', '(', ')', '!', '|', '~', '#', '$', ':', '@', '.', '/', '-', '=', '+', '"', "'",
  '\r', '\n', '\r\n', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u2028', '\u202e',
  'www.', 'WWW.', 'http://', 'https://', 'mailto:', 'x@y.z', '](', '![', '<b>', '&amp;', '&#x41;', '<!--', '# ', '- ', '1. ', '> ', '    ',
);
const nastyText = fc.array(NASTY, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('escapeMarkdown', () => {
  test('entities for HTML, backslashes for Markdown, a space for every line break, \\xNN for control characters', () => {
    expect(escapeMarkdown('a|b <img> & *x* [l](u)\r\nnext\rline\t\u001b[31m\u007f')).toBe('a\\|b &lt;img&gt; &amp; \\*x\\* \\[l\\](u) next line\\x09\\x1b\\[31m\\x7f');
    expect(escapeMarkdown('plain text, nothing to escape.')).toBe('plain text, nothing to escape.');
  });

  test('no autolink can start: a <wbr> inside each trigger (scheme://, www., name@domain.tld), other colons, dots and @ left alone', () => {
    expect(escapeMarkdown('see https://evil.example or www.evil.example or mallory@evil.example')).toBe(
      'see https:<wbr>//evil.example or www<wbr>.evil.example or mallory@<wbr>evil.example',
    );
    expect(escapeMarkdown('Fix: pin actions/checkout@v4 in ci.yml')).toBe('Fix: pin actions/checkout@v4 in ci.yml');
  });

  test('bidirectional overrides and separators are spelled out, not obeyed', () => {
    expect(escapeMarkdown('a\u202eb\u2028c')).toBe('a\\u202eb c');
  });

  test('any text renders (GFM) as exactly itself, in a table cell and in <code>: no element of its own, no extra cell', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        for (const cell of [escapeMarkdown(text), inlineCode(text)]) {
          const html = renderGfm(table(['a', 'b'], [[cell, 'end']]));
          const tags = elementsOf(html).map((element) => element.tag);
          expect(tags.filter((tag) => !['table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'wbr'].includes(tag))).toEqual([]);
          expect(tags.filter((tag) => tag === 'td')).toHaveLength(2);
          // As a browser shows it: runs of spaces are one.
          const shown = (visible: string) => visible.replace(/ +/g, ' ').trim();
          const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((match) => shown(visibleText(match[1]!)));
          expect(cells[0]).toBe(shown(expectedVisible(text)));
        }
      }),
      { numRuns: 600 },
    );
  });

  test('as a paragraph of its own, text starts no heading, list, quote or code block', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const html = renderGfm(`Message: ${escapeMarkdown(text)}`);
        expect(elementsOf(html).map((element) => element.tag).filter((tag) => tag !== 'p' && tag !== 'wbr')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('table', () => {
  test('a line break left in a cell by a renderer cannot end the row', () => {
    expect(table(['x'], [['one\rtwo\nthree']])).toBe('| x |\n|---|\n| one two three |');
  });
});

describe('groupThousands', () => {
  test('groups digits in threes from the right, as en-US does', () => {
    expect([0, 7, 999, 1000, 65536, 1234567, 1000000].map(groupThousands)).toEqual(['0', '7', '999', '1,000', '65,536', '1,234,567', '1,000,000']);
  });
});
