/**
 * Notices as built. The `root` build's content has the test notices of tests/fixtures/notices/
 * (every kind, an attachment, a topic paused and resumed), so its pages show lists, statuses, the
 * attachment and the feed; the `portal` build has none and shows the empty states. What each page
 * should say is worked out from the build's own content copy and the build date, never typed in.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { fileSizeText } from '../../src/model/attachment.ts';
import { endOf } from '../../src/model/policyStatus.ts';
import { isVerified, verifiedPeriod } from '../../src/model/verifiedFacts.ts';
import { noticeKinds } from '../../src/schemas/notice.ts';
import { testBuilds, testNoticesDir } from '../helpers/builds.ts';
import { expectedSubsidyStatus } from '../helpers/subsidyStatus.ts';
import { allPages, builtOn, compact, load, pageHtml, requireBuild } from '../helpers/site.ts';

describe.each(testBuilds)('notices ($name build)', (b) => {
  requireBuild(b);
  const today = builtOn(b);
  const { content, issues } = readContent(b.content);
  // Those published by the build date, newest first, as the pages list them; the file name is the address.
  const notices = content.notices
    .map((e) => ({ ...e.data, id: e.file.slice(e.file.lastIndexOf('/') + 1).replace(/\.mdx$/, '') }))
    .filter((n) => n.date <= today)
    .sort((x, y) => y.date.localeCompare(x.date) || x.id.localeCompare(y.id));
  const guide = content.guide.map((g) => g.data).sort((x, y) => x.number - y.number);
  const $home = load(b, '');
  const $list = load(b, 'notices/');

  it('the build’s content is valid and has what this build is for', () => {
    expect(issues).toEqual([]);
    if (b.notices) {
      expect(notices.filter((n) => n.title.startsWith('【测试数据】')).length).toBeGreaterThanOrEqual(6);
      expect(new Set(notices.map((n) => n.kind))).toEqual(new Set(noticeKinds));
    } else expect(notices).toEqual([]);
  });

  it('/notices/ lists every notice under its year, newest first, each linking to its page', () => {
    const items = $list('main li[data-kind]');
    expect(items.map((_, li) => $list(li).find('a').attr('href')).get()).toEqual(notices.map((n) => `${b.base}notices/${n.id}/`));
    expect(items.map((_, li) => $list(li).attr('data-kind')).get()).toEqual(notices.map((n) => n.kind));
    const years = [...new Set(notices.map((n) => n.date.slice(0, 4)))];
    expect(
      $list('main section[data-group] h2')
        .map((_, h) => $list(h).text())
        .get(),
    ).toEqual(years.map((y) => `${y}年`));
    if (notices.length === 0) expect(compact($list('main').text())).toContain('暂无通知公告');
    else {
      const options = $list('table-filter form select[name="kind"] option')
        .map((_, o) => $list(o).attr('value'))
        .get();
      expect(options).toEqual(['', ...noticeKinds]);
    }
  });

  it('each notice page shows kind, issuer, date, source, its status, attachments with size and type, and related pages', () => {
    expect(allPages(b).filter((p) => /^notices\/[^/]+\/$/.test(p))).toEqual(notices.map((n) => `notices/${n.id}/`).sort());
    for (const n of notices) {
      const $ = load(b, `notices/${n.id}/`);
      const text = compact($('main').text());
      expect($('h1').text()).toBe(n.title);
      for (const part of [n.kind, n.issuer, n.date, n.source.name]) expect(text).toContain(compact(part));
      expect($('meta[name="pagefind-type"]').attr('content')).toBe('动态');
      if (n.status) expect(text).toContain(`起为${n.status.state}`);
      for (const a of n.attachments) {
        const link = $(`main a[href="${b.base}notices/files/${a.file}"]`);
        expect(link.text().trim()).toBe(a.title);
        const bytes = statSync(join(b.content, 'notices/files', a.file)).size;
        expect(compact(link.parent().text())).toContain(`（PDF，${compact(fileSizeText(bytes))}）`);
        expect(readFileSync(join(b.dir, 'notices/files', a.file))).toEqual(readFileSync(join(b.content, 'notices/files', a.file)));
      }
      for (const slug of n.actions) expect($(`main a[href="${b.base}actions/${slug}/"]`).length).toBe(1);
      for (const slug of n.topics) expect($(`main a[href="${b.base}guide/#${slug}"]`).length).toBe(1);
    }
    if (b.notices) expect(notices.some((n) => n.attachments.length > 0)).toBe(true);
  });

  // A status ages: the policies' checked ends decide with the 90 days (worked out again in tests/helpers/subsidyStatus.ts).
  const ends = new Map(
    content.policies.flatMap((e) => {
      const to = verifiedPeriod(e.data)?.to;
      return to === undefined ? [] : [[e.data.id, endOf(to)] as const];
    }),
  );
  const statusOf = (slug: string) => expectedSubsidyStatus(notices, slug, today, (id) => ends.get(id));
  /** What the page says of a topic's status, whitespace removed. */
  const expected = (title: string, slug: string) => {
    const { current, stale } = statusOf(slug);
    if (current) return `${title}：${current.state}自${current.from}起，见${compact(current.notice.title)}`;
    if (stale) return `${title}：请以最新通知为准。最近一条提示：${compact(stale.notice.title)}`;
    return null;
  };

  it('the home page lists the topics a notice has set a status for, as it stands today; never 以官方渠道发布为准', () => {
    const items = $home('ul[aria-labelledby="subsidy-status"] > li');
    const set = guide.filter((g) => {
      const st = statusOf(g.slug);
      return st.current || st.stale || st.next;
    });
    expect(items.length).toBe(set.length);
    set.forEach((g, i) => {
      const li = items.eq(i);
      const text = compact(li.text());
      expect(li.find('a').first().attr('href')).toBe(`${b.base}guide/#${g.slug}`);
      const line = expected(g.title, g.slug);
      if (line) expect(text).toContain(line);
      const { current, stale } = statusOf(g.slug);
      const by = current ?? stale;
      if (by) {
        expect(li.find(`a[href="${b.base}notices/${(by.notice as { id: string }).id}/"]`).length).toBe(1);
        if (stale) expect(li.find(`time[datetime="${stale.notice.date}"]`).length).toBe(1);
      }
    });
    expect(compact($home('main').text())).not.toContain('以官方渠道发布为准');
    if (set.length === 0) expect(compact($home('main').text())).toContain('本专题发布补贴受理状态的提示后');
    if (b.notices) {
      // The test notices paused cars and then resumed them from 2026-06-03: the later notice decides,
      // and 90 days on it has aged into 请以最新通知为准.
      const cars = compact(items.eq(set.findIndex((g) => g.slug === 'cars')).text());
      expect(cars).toContain(today < '2026-09-01' ? '已恢复自2026-06-03起' : '请以最新通知为准');
    }
  });

  it('the home page lists the five latest notices, or says there are none', () => {
    const links = $home('ul[aria-labelledby="notices"] a')
      .map((_, a) => $home(a).attr('href'))
      .get();
    expect(links).toEqual(notices.slice(0, 5).map((n) => `${b.base}notices/${n.id}/`));
    if (notices.length === 0) expect(compact($home('main').text())).toContain('暂无通知公告');
  });

  it('the guide shows a topic’s status only where a notice has set one', () => {
    const $ = load(b, 'guide/');
    for (const g of guide) {
      const line = expected(g.title, g.slug);
      const text = compact($(`#${g.slug}`).text());
      if (line) expect(text).toContain(`补贴受理状态：${line.slice(g.title.length + 1)}`);
      else if (!statusOf(g.slug).next) expect(text).not.toContain('补贴受理状态');
    }
  });

  it('the guide prints the checked anti-fraud lines, each hotline as a tel: link, and none unchecked', () => {
    const $ = load(b, 'guide/');
    const fraud = $('#anti-fraud');
    const text = compact(fraud.text());
    const lines = content.antiFraud.map((e) => e.data);
    for (const w of lines) expect(text.includes(compact(w.text)), w.id).toBe(isVerified(w));
    for (const w of lines.filter((x) => isVerified(x) && x.phone)) expect(fraud.find(`a[href="tel:${w.phone!}"]`).length, w.id).toBeGreaterThan(0);
    const contact = content.site!.contact;
    const any = lines.some(isVerified) || Boolean(contact.phone || contact.address || contact.email);
    expect(fraud.length).toBe(any ? 1 : 0);
    expect($('nav.toc a[href="#anti-fraud"]').length).toBe(any ? 1 : 0);
    // Only contacts site.json gives are shown; an empty one leaves no label behind.
    expect(text.includes('联系方式')).toBe(Boolean(contact.phone || contact.address || contact.email));
    // The root build's labelled test lines are checked; the real ones wait in the review until staff check them.
    if (b.notices) expect(text).toContain('【测试数据】已核实的测试防骗提示');
  });

  it('the feed has one item per notice, and every page lists it in its head beside the progress feed', () => {
    const feed = readFileSync(join(b.dir, 'notices/rss.xml'), 'utf8');
    expect([...feed.matchAll(/<guid isPermaLink="false">notice-([^<]+)<\/guid>/g)].map((m) => m[1])).toEqual(notices.map((n) => n.id));
    for (const page of allPages(b).filter((p) => !p.startsWith('i/'))) {
      const html = pageHtml(b, page);
      if (!html.includes('<link rel="canonical"') || html.includes('http-equiv="refresh"')) continue;
      expect(html, page).toContain(`<link rel="alternate" type="application/rss+xml" title="通知公告" href="${b.base}notices/rss.xml">`);
    }
  });

  it('the test notices are marked as test data and never reach the portal build', () => {
    const fixtures = readFileSync(join(testNoticesDir, 'README.md'), 'utf8');
    expect(fixtures).toContain('测试数据');
    expect(notices.some((n) => n.title.startsWith('【测试数据】'))).toBe(b.notices);
  });
});
