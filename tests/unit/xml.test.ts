/** The one XML escaper (src/model/xml.ts): what it replaces, and that the result reads back as the text. */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/model/xml.ts';

describe('escapeXml', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&apos;'],
    ['&amp;', '&amp;amp;'],
    ['伍家岗区（2024—2027年）', '伍家岗区（2024—2027年）'],
    [`<a href="x">R&D's</a>`, '&lt;a href=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/a&gt;'],
  ])('%j → %j', (text, escaped) => expect(escapeXml(text)).toBe(escaped));

  it('reads back as the same text in element content and in attributes, as XML and as HTML', () => {
    const text = `A<B & "C" 'D' ]]> 伍家岗`;
    for (const xmlMode of [true, false]) {
      const $ = cheerio.load(`<root><t a="${escapeXml(text)}" b='${escapeXml(text)}'>${escapeXml(text)}</t></root>`, { xml: xmlMode });
      expect($('t').text()).toBe(text);
      expect($('t').attr('a')).toBe(text);
      expect($('t').attr('b')).toBe(text);
    }
  });
});
