/**
 * The content check reads an MDX file exactly as the site does. Compared with the MDX
 * integration's own content entry type (what Astro's glob() loader calls for .mdx) on every MDX
 * file of content/, and on frontmatters the `yaml` package, which the check used before, reads
 * differently from Astro.
 */
import { globSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseMdxEntry } from '../../src/checks/mdxEntry.ts';

type EntryInfo = { data: Record<string, unknown>; body?: string };
let astroEntryInfo: (contents: string, file: string) => Promise<EntryInfo>;

beforeAll(async () => {
  // The integration registers its entry type in astro:config:setup; catch it there.
  let entryType: { getEntryInfo: (p: { contents: string; fileUrl: URL }) => Promise<EntryInfo> } | undefined;
  const setup = mdx().hooks['astro:config:setup'] as unknown as (params: Record<string, unknown>) => Promise<void>;
  await setup({
    config: {},
    updateConfig: () => {},
    addPageExtension: () => {},
    addRenderer: () => {},
    addContentEntryType: (t: typeof entryType) => (entryType = t),
  });
  astroEntryInfo = (contents, file) => entryType!.getEntryInfo({ contents, fileUrl: pathToFileURL(resolve(file)) });
});

const mdxFiles = globSync('content/**/*.mdx').sort();

describe('parseMdxEntry reads as Astro reads', () => {
  it('finds the MDX files of content/', () => {
    expect(mdxFiles.length).toBeGreaterThanOrEqual(18);
  });

  it.each(mdxFiles)('%s', async (file) => {
    const text = readFileSync(file, 'utf8');
    const astro = await astroEntryInfo(text, file);
    const ours = parseMdxEntry(text);
    expect(ours.data).toEqual(astro.data);
    expect(ours.body).toBe(astro.body);
  });

  // Each of these, written by staff, would have meant one thing to the check and another to the site.
  it.each([
    ['an unquoted date', 'title: 2024-05-01', { title: new Date('2024-05-01T00:00:00Z') }],
    ['an unquoted date and time', 'title: 2024-05-01 10:00:00', { title: new Date('2024-05-01T10:00:00Z') }],
    ['a YAML merge key', 'base: &b\n  number: 1\nentry:\n  <<: *b\n  slug: x', { base: { number: 1 }, entry: { number: 1, slug: 'x' } }],
    ['a number without its leading zero', 'number: -.5', { number: '-.5' }],
  ])('%s', async (_, yaml, expected) => {
    const text = `---\n${yaml}\n---\n\n正文。\n`;
    const ours = parseMdxEntry(text);
    expect(ours.data).toEqual((await astroEntryInfo(text, 'content/actions/x.mdx')).data);
    expect(ours.data).toEqual(expected);
    expect(parseYaml(yaml)).not.toEqual(expected);
  });
});

describe('parseMdxEntry', () => {
  it('gives the line of the file on which the body starts', () => {
    expect(parseMdxEntry('---\ntitle: 一\nnumber: 1\n---\n\n\n第一行。\n第二行。\n')).toMatchObject({ body: '第一行。\n第二行。', bodyStartLine: 7 });
    expect(parseMdxEntry('---\ntitle: 一\n---\n第一行。')).toMatchObject({ body: '第一行。', bodyStartLine: 4 });
  });

  it('says when there is no frontmatter', () => {
    expect(parseMdxEntry('正文。\n')).toMatchObject({ hasFrontmatter: false, data: {}, body: '正文。' });
    expect(parseMdxEntry('---\ntitle: 一\n---\n正文。')).toMatchObject({ hasFrontmatter: true });
  });

  it("throws js-yaml's error, with its line, on a broken frontmatter", () => {
    expect(() => parseMdxEntry('---\ntitle: 一\nnumber: [2\n---\n正文。')).toThrow(
      expect.objectContaining({ name: 'YAMLException', mark: expect.objectContaining({ line: 3 }) as unknown }),
    );
  });
});
