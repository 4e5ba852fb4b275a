/**
 * An MDX file read exactly as the site reads it. Astro's MDX integration (@astrojs/mdx, its
 * content entry type's getEntryInfo) calls parseFrontmatter of @astrojs/internal-helpers (js-yaml)
 * with `frontmatter: 'empty-with-spaces'` and trims what follows; this does the same with the same
 * function, so a frontmatter value means one thing to the checks and to the pages (another YAML
 * parser reads `date: 2024-05-01` as text where Astro reads a date). Not `astro/markdown`'s
 * parseFrontmatter: since Astro 7.4 that one parses with another YAML library (`yaml`), while
 * @astrojs/mdx 8.0 still pins the helpers' js-yaml version, which package.json names exactly for
 * that reason. tests/unit/mdxEntry.test.ts compares it with the integration itself on every MDX
 * file of content/, so the two cannot drift apart unseen when either is upgraded.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

export interface MdxEntry {
  /** The frontmatter as Astro reads it ({} when there is none). */
  data: Record<string, unknown>;
  /** Whether the file starts with a frontmatter between --- lines. */
  hasFrontmatter: boolean;
  /** The Markdown after the frontmatter, trimmed, as Astro stores it (entry.body). */
  body: string;
  /** Line of the file on which `body` starts, so a problem in the body can name the line staff see. */
  bodyStartLine: number;
}

/** Throws js-yaml's error (a YAMLException with its line) when the frontmatter is not valid YAML. */
export function parseMdxEntry(text: string): MdxEntry {
  // 'empty-with-spaces' blanks the frontmatter out and keeps its lines, so positions in `content`
  // are positions in the file.
  const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  const body = parsed.content.trim();
  const before = parsed.content.slice(0, parsed.content.length - parsed.content.trimStart().length);
  return {
    data: parsed.frontmatter,
    hasFrontmatter: parsed.rawFrontmatter !== '',
    body,
    bodyStartLine: before.split('\n').length,
  };
}
