/**
 * Text from content files is escaped on every page: a copy of content/ with <script>, an
 * onerror image and quotes in JSON fields builds into pages where they show as plain text and
 * run nothing. Code in MDX bodies and javascript: links anywhere stop the build with a clear
 * message instead, because MDX would turn them into real markup.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoOk, useBrowser, useSite } from '../helpers/browser.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';
import type { Note } from '../../src/schemas/note.ts';
import type { SiteSettings } from '../../src/schemas/site.ts';

const payload = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">"' javascript:void(0)`;

/** Sets a value inside a JSON file of the copy. */
function editJson<T>(copy: ContentCopy, file: string, change: (data: T) => void): void {
  const path = join(copy.dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8')) as T;
  change(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

function build(contentDir: string, outDir: string) {
  return spawnSync('node', ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, SITE_BASE: '/' },
    encoding: 'utf8',
  });
}

describe('text fields with markup', () => {
  const copy = copyContent();
  const out = mkdtempSync(join(tmpdir(), 'liangxin-safety-'));
  beforeAll(() => {
    editJson<Note[]>(copy, 'notes.json', (d) => {
      d[0]!.text = `注：${payload}`;
    });
    editJson<{ site: SiteSettings }>(copy, 'site.json', (d) => {
      d.site.sponsor = `主办${payload}`;
      d.site.description = `描述${payload}`;
    });
    const result = build(copy.dir, join(out, 'site'));
    if (result.status !== 0) throw new Error(`注入文本的内容应能构建：\n${result.stdout}\n${result.stderr}`);
  }, 180_000);
  const site = useSite({ dir: join(out, 'site'), base: '/' });
  const browser = useBrowser();
  afterAll(() => {
    copy.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('are escaped in the HTML, in text and in attributes', () => {
    const html = readFileSync(join(out, 'site', 'about', 'index.html'), 'utf8');
    expect(html).toContain('注：&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=');
    const $ = cheerio.load(html);
    // Parsed as a browser would: the payload is text and attribute values, never elements.
    expect($('script').filter((_, el) => $(el).text().includes('__pwned')).length).toBe(0);
    expect($('img[onerror]').length).toBe(0);
    expect($('meta[name="description"]').attr('content')).toBe(`描述${payload}`);
    expect($('main').text()).toContain(`注：${payload}`);
  });

  it.each(['about/', '', 'plan/'])('show as plain text and run nothing on /%s', async (path) => {
    const page = await browser.newPage();
    try {
      await gotoOk(page, `${site.url}${path}`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img[onerror]').count()).toBe(0);
      expect(await page.locator('[href^="javascript:" i]').count()).toBe(0);
      expect(await page.getByRole('contentinfo').textContent()).toContain(`主办${payload}`);
      if (path === 'about/') expect(await page.getByRole('main').textContent()).toContain(`注：${payload}`);
    } finally {
      await page.close();
    }
  });
});

it('code in an MDX body or a javascript: address stops the build, naming file, field and line', () => {
  const copy = copyContent();
  const out = mkdtempSync(join(tmpdir(), 'liangxin-safety-'));
  try {
    copy.edit('actions/09-recycling.mdx', '持续推进', '<script>alert(1)</script>\n\n持续推进');
    copy.edit('measures/01-standards.mdx', /\n---\n/, '\n---\n\n[详见](javascript:alert(1))\n\n{alert(2)}\n');
    editJson<{ site: SiteSettings }>(copy, 'site.json', (d) => {
      d.site.icp.url = 'javascript:alert(3)';
    });
    writeFileSync(join(out, 'marker'), '');
    const result = build(copy.dir, join(out, 'site'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('actions/09-recycling.mdx\n  字段 body（正文）：第 14 行只允许 <strong>…</strong> 标签，不能写 "<script>"');
    expect(result.stderr).toMatch(/measures\/01-standards\.mdx\n {2}字段 body（正文）：第 9 行链接地址不能是 "javascript:alert\(1/);
    expect(result.stderr).toMatch(/measures\/01-standards\.mdx\n {2}字段 body（正文）：第 11 行不能使用花括号/);
    expect(result.stderr).toContain(
      'site.json\n  字段 site.icp.url（备案号链接）：不能是 javascript:、vbscript: 或 data: 开头的地址（点击时会执行代码），实际为 "javascript:alert(3)"',
    );
    expect(result.stderr).toContain('构建失败（build failed）：内容有 5 处问题');
  } finally {
    copy.remove();
    rmSync(out, { recursive: true, force: true });
  }
});
