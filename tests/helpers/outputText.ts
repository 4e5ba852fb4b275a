/**
 * Every piece of text a built site puts in front of people or programs: page text and attribute
 * values (alt, aria-label, meta content, which carry the share pictures' words), SVG text, feed
 * items, CSV and JSON downloads and the report template's cells. Each piece is one segment, so a
 * test can look at a phrase together with the words around it without running into the next cell
 * or block.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { formatImportError } from '../../src/import/importError.ts';
import { readWorkbook } from '../../src/import/files/readWorkbook.ts';

/** A node below the document: text, element, CDATA, comment. */
type ChildNode = ReturnType<cheerio.CheerioAPI['root']>[number]['children'][number];

export interface Segment {
  /** File, relative to the output folder. */
  file: string;
  /** The text, whitespace removed (Chinese text has none that matters). */
  text: string;
}

// Elements that run inside a sentence: their text joins the words around them.
const inline = new Set(['a', 'abbr', 'b', 'cite', 'code', 'data', 'em', 'i', 'mark', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tspan']);

/** Segments of HTML, XML or SVG: each block's text, each attribute value, each script's text. */
export function markupSegments(markup: string, xml: boolean): string[] {
  const $ = cheerio.load(markup, { xml });
  const out: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) out.push(current);
    current = '';
  };
  // DOM node types: 1 element (script and style included), 3 text, 4 CDATA; comments are skipped.
  const walk = (node: ChildNode) => {
    if (node.nodeType === 3) {
      current += node.data;
      return;
    }
    if (node.nodeType === 4) {
      node.children.forEach(walk);
      return;
    }
    if (node.nodeType !== 1 || !('attribs' in node)) return;
    for (const value of Object.values(node.attribs)) if (value.trim()) out.push(value);
    if (node.name.toLowerCase() === 'style') return;
    const isInline = inline.has(node.name.toLowerCase());
    if (!isInline) flush();
    node.children.forEach(walk);
    if (!isInline) flush();
  };
  $.root()[0]!.children.forEach(walk);
  flush();
  // A feed carries HTML as escaped text: read that HTML too.
  return out.flatMap((s) => (/<\/?[a-z][^>]*>/i.test(s) ? markupSegments(s, false) : [s]));
}

function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...jsonStrings(v)]);
  return [];
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : [p];
    });
}

/** Kinds of file read, by extension; pictures are read through their SVG and their alt text. */
const readers: Record<string, (path: string) => Promise<string[]> | string[]> = {
  '.html': (p) => markupSegments(readFileSync(p, 'utf8'), false),
  '.xml': (p) => markupSegments(readFileSync(p, 'utf8'), true),
  '.svg': (p) => markupSegments(readFileSync(p, 'utf8'), true),
  '.json': (p) => jsonStrings(JSON.parse(readFileSync(p, 'utf8'))),
  '.csv': (p) => readFileSync(p, 'utf8').split(/\r?\n/),
  '.txt': (p) => readFileSync(p, 'utf8').split(/\r?\n/),
  '.js': (p) => [readFileSync(p, 'utf8')],
  '.xlsx': async (p) => {
    const read = await readWorkbook(p);
    if ('error' in read) throw new Error(`${p}：${formatImportError(read.error)}`);
    return read.workbook.sheets.flatMap((s) => s.rows.flatMap((row) => row.filter((c) => typeof c === 'string')));
  },
};

/**
 * All text segments of the output folder, plus the extensions read. The search index (pagefind/)
 * is left out: it is compressed, and it is made from the pages read here. So is the staff review
 * of a local preview (review/): it is not public, and it holds what public pages must not say.
 */
export async function outputSegments(dir: string): Promise<{ segments: Segment[]; kinds: Set<string> }> {
  const segments: Segment[] = [];
  const kinds = new Set<string>();
  for (const path of files(dir)) {
    const file = relative(dir, path);
    const read = readers[extname(path)];
    if (!read || file.startsWith('pagefind') || file.startsWith('review/')) continue;
    kinds.add(extname(path));
    for (const text of await read(path)) {
      const compacted = text.replace(/\s+/g, '');
      if (compacted) segments.push({ file, text: compacted });
    }
  }
  return { segments, kinds };
}
