/**
 * The district's own voice on every public page of both test builds (issue 23): the words of an
 * outside watcher never appear — no other readings, no alarm boxes, no list of the document's
 * inconsistencies, nothing 待核实 or 本站未查到, no 约 dates; the document's status is said plainly
 * (送审稿，尚未印发 until it is issued, never 现行 for a draft); the build date is never called 今天;
 * a page has one 更新时间; a count of things never has decimals. The demo build is checked in
 * tests/site/progressBuilds.test.ts, which builds it.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { isIssued, statusText } from '../../src/model/documentStatus.ts';
import { testBuilds } from '../helpers/builds.ts';
import { outputSegments } from '../helpers/outputText.ts';
import { allPages, compact, load, requireBuild } from '../helpers/site.ts';
import { forbiddenWords } from '../helpers/publicVoice.ts';

describe.each(testBuilds)('the public voice at base $base', (build) => {
  requireBuild(build);
  const { content } = readContent(build.content);
  const pages = allPages(build).filter((p) => p.endsWith('/') || p === '');
  const texts = new Map(pages.map((p) => [p, compact(load(build, p)('body').text())]));
  const status = content.site!.document.status;

  it.each(forbiddenWords)('no page says %s (%s)', (word) => {
    for (const [p, text] of texts) {
      if (typeof word === 'string') expect(text.includes(word), `/${p} says “${word}”`).toBe(false);
      else expect(text, `/${p}`).not.toMatch(word);
    }
  });

  it('every page says the document’s status plainly: 送审稿，尚未印发 until it is issued', () => {
    // Every page with the site's header (the short addresses /i/<n>/ only forward to a page).
    const withHeader = pages.filter((p) => load(build, p)('header.site-header').length > 0);
    expect(withHeader.length).toBeGreaterThan(pages.length / 2);
    for (const p of withHeader) expect(texts.get(p), `/${p}`).toContain(compact(statusText(status)));
  });

  it('a draft is never called 现行', () => {
    if (isIssued(status)) return expect(statusText(status)).toBe(status);
    for (const [p, text] of texts) {
      expect(text, `/${p}`).not.toContain('现行文本');
      expect(text, `/${p}`).not.toMatch(/送审稿[，,]?现行(?!有效)/);
    }
  });

  it('a page has at most one 更新时间', () => {
    for (const [p, text] of texts) expect(text.split('更新时间：').length - 1, `/${p}`).toBeLessThanOrEqual(1);
  });

  it('a count of things is never shown with decimals, on pages, pictures or downloads', async () => {
    const units = [...new Set(content.indicators.map((i) => i.data.unit).filter((u) => u !== '%'))].sort((a, b) => b.length - a.length);
    const decimalCount = new RegExp(`\\d\\.\\d+(?:${units.join('|')})`);
    const { segments } = await outputSegments(build.dir);
    const found = segments.filter((s) => !s.file.endsWith('.js') && decimalCount.test(s.text)).map((s) => `${s.file}：${s.text.slice(0, 120)}`);
    expect(found).toEqual([]);
  });
});
