/** Both builds resolve every internal link, and the portal build never escapes its base path. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/checkLinks.ts';
import { testBuilds } from '../helpers/builds.ts';
import { allPages, load, requireBuild } from '../helpers/site.ts';

describe.each(testBuilds)('$name build ($base)', (build) => {
  requireBuild(build);
  it('has no broken internal link, anchor or asset', () => {
    expect(checkLinks(build.dir, build.base)).toEqual([]);
  });
  it('every root-relative URL starts with the base', () => {
    for (const p of allPages(build)) {
      const $ = load(build, p);
      const urls = $('[href],[src]')
        .map((_, el) => $(el).attr('href') ?? $(el).attr('src'))
        .get();
      for (const u of urls.filter((x) => x.startsWith('/'))) expect(u.startsWith(build.base), `${p}: ${u}`).toBe(true);
    }
  });
});

describe('the link check can fail', () => {
  it('reports a missing page, a missing anchor and a link outside the base', () => {
    const dir = mkdtempSync(join(tmpdir(), 'liangxin-links-'));
    try {
      cpSync(testBuilds[1].dir, dir, { recursive: true });
      const page = join(dir, 'about/index.html');
      const html = readFileSync(page, 'utf8').replace(
        '</main>',
        '<a href="/zt/liangxin/nope/">x</a><a href="/zt/liangxin/plan/#no-such-anchor">y</a><a href="/plan/">z</a></main>',
      );
      writeFileSync(page, html);
      const reasons = checkLinks(dir, '/zt/liangxin/').map((b) => `${b.href} ${b.reason}`);
      expect(reasons).toEqual([
        '/zt/liangxin/nope/ 目标页面或文件不存在',
        '/zt/liangxin/plan/#no-such-anchor 目标页面没有锚点 #no-such-anchor',
        '/plan/ 不在基础路径 /zt/liangxin/ 之下',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
