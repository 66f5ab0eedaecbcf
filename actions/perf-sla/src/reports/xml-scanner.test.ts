import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { XmlScanner, XmlSyntaxError, type Attributes, type XmlHandler } from './xml-scanner.js';

/** Records every event as text, decoding the attributes the handler asks for. */
function events(xml: string | Buffer, chunkSizes: number[] = [1 << 20]): string[] {
  const log: string[] = [];
  const handler: XmlHandler = {
    wants: (name) => name === 'testcase',
    open: (name, attributes?: Attributes) => log.push(`<${name}${attributes ? ` name=${attributes.get('name')} time=${attributes.number('time')}` : ''}>`),
    close: (name) => log.push(`</${name}>`),
  };
  const scanner = new XmlScanner(handler);
  const bytes = Buffer.isBuffer(xml) ? xml : Buffer.from(xml);
  for (let at = 0, index = 0; at < bytes.length; index++) {
    const size = Math.max(1, chunkSizes[index % chunkSizes.length]!);
    scanner.push(bytes.subarray(at, at + size));
    at += size;
  }
  scanner.end();
  return log;
}

function errorOf(xml: string): { message: string; offset: number } {
  try {
    events(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { message: error.message, offset: error.offset };
    throw error;
  }
  throw new Error('no error');
}

const SAMPLE = [
  '\ufeff<?xml version="1.0"?>',
  '<!-- a comment with <testcase> and > inside -->',
  '<testsuites><testsuite name="s">',
  '<testcase name="a &amp; b &#x3C;3 &#60;" time="1,5" classname=\'q"uote\'>',
  '<system-out><![CDATA[ <not a tag> ]] ]]]> ]]></system-out>',
  '<failure message="x > y"/>',
  '</testcase>',
  '<testcase name="attr with > inside" time="2.25" />',
  '<?pi data ?>',
  '</testsuite></testsuites>',
].join('\n');

describe('XmlScanner', () => {
  test('tags, attributes with entities and ">" inside quotes, skipped comments, CDATA and processing instructions', () => {
    expect(events(SAMPLE)).toEqual([
      '<testsuites>',
      '<testsuite>',
      '<testcase name=a & b <3 < time=1.5>',
      '<system-out>',
      '</system-out>',
      '<failure>',
      '</failure>',
      '</testcase>',
      '<testcase name=attr with > inside time=2.25>',
      '</testcase>',
      '</testsuite>',
      '</testsuites>',
    ]);
  });

  test('property: any chunking gives the same events (constructs split at every byte)', () => {
    const whole = events(SAMPLE);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 23 }), { minLength: 1, maxLength: 6 }), (sizes) => {
        expect(events(SAMPLE, sizes)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    ['<a><b></a>', '</a> closes <b>', 6],
    ['<a></a><b/>', 'a second root element <b>', 7],
    ['<a><b>', '</b>', 6],
    ['<a x=1/>', 'attribute value not in quotes', 5],
    ['<a><!-- never closed', 'the document ends before "-->"', 20],
    ['<!DOCTYPE a><a/>', 'DOCTYPE and entity declarations are refused', 0],
    ['<a b="<"/>', '"<" inside an attribute value', 6],
    // The first "<" inside a later value, after a clean one; a "<" in a value whose quote never closes is a truncation.
    ['<a b="x" c=\'y<z<\'/>', '"<" inside an attribute value', 13],
    ['<a b="x<', 'the document ends inside a tag', 0],
    // Past the bytes read one at a time before a native search (a long stretch of text before the next tag).
    [`<a>${' '.repeat(100)}</b>`, '</b> closes <a>', 103],
  ])('%s is an error: %s (at byte %d)', (xml, message, offset) => {
    expect(errorOf(xml)).toEqual({ message: expect.stringContaining(message), offset });
  });
});

describe('XmlScanner text of the elements a handler asks for', () => {
  const XML = '<r><a>skip me</a><failure message="m">Error: x &amp; y &lt;z&gt;<![CDATA[\n  at f (src/a.ts:3:1) ]]]]><![CDATA[>]]><!-- not text --><message>inner <b/>text</message>tail</failure><failure>ünïcödé</failure><failure/><big>x</big></r>';

  function texts(xml: string, sizes: number[], room = 1000): string[] {
    const found: string[] = [];
    const scanner = new XmlScanner({ wants: () => false, open: (name) => (name === 'failure' || name === 'big' ? room : undefined), close: (_name, _offset, text) => (text !== undefined ? found.push(text) : undefined) });
    const bytes = Buffer.from(xml);
    for (let at = 0, index = 0; at < bytes.length; index++) {
      const size = Math.max(1, sizes[index % sizes.length]!);
      scanner.push(bytes.subarray(at, at + size));
      at += size;
    }
    scanner.end();
    return found;
  }

  test('text and CDATA joined, entities decoded, comments left out, nested elements on their own lines', () => {
    expect(texts(XML, [1 << 20])).toEqual(['Error: x & y <z>\n  at f (src/a.ts:3:1) ]]>\ninner \ntext\ntail', 'ünïcödé', '', 'x']);
  });

  test('property: any chunking gives the same text', () => {
    const whole = texts(XML, [1 << 20]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 1, maxLength: 5 }), (sizes) => {
        expect(texts(XML, sizes)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  test('capped at the bytes asked for', () => {
    expect(texts('<r><failure>0123456789<![CDATA[abcdef]]></failure></r>', [3], 12)).toEqual(['0123456789ab']);
  });
});
