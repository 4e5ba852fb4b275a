/**
 * The guide and the policies page as built: what they say follows the build date. Besides the
 * normal build (today's date), the site is built twice with a fixed BUILD_DATE — in the 2024
 * subsidy year and after the 2025 rules ended — and the same pages are compared.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyFactText, sourceFact } from '../../src/site/policyText.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { guideSectionSchema } from '../../src/schemas/guide.ts';
import { testBuilds, type TestBuild } from '../helpers/builds.ts';
import { copyContent } from '../helpers/contentCopy.ts';
import { policyBadgeOn } from '../helpers/onDate.ts';
import { compact, load } from '../helpers/site.ts';
import { readdirSync } from 'node:fs';

const policies = (JSON.parse(readFileSync('content/policies.json', 'utf8')) as unknown[]).map((p) => policySchema.parse(p));
const guide = readdirSync('content/guide')
  .sort()
  .map((f) => guideSectionSchema.parse(JSON.parse(readFileSync(`content/guide/${f}`, 'utf8'))));
const actionOf = (slug: string) => readFileSync(`content/actions/${readdirSync('content/actions').find((f) => f.includes(slug))}`, 'utf8');

function dated(date: string): TestBuild {
  return { name: `dated-${date}`, base: '/', dir: `.test-dist/dated-${date}` } as unknown as TestBuild;
}

// The dated builds are about policies. Progress reports, merchant lists and later changelog entries
// are left out: a figure, list or entry dated after 2024-09-01 is rightly refused by a build that
// pretends today is 2024-09-01, and real ones will have such dates.
const noReports = copyContent({ reports: false, merchants: false, asOf: '2024-09-01' });
afterAll(() => noReports.remove());

function buildAt(b: TestBuild, date: string): Promise<void> {
  rmSync(b.dir, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const env = { ...process.env, BUILD_DATE: date, OUT_DIR: b.dir, SITE_BASE: '/', CONTENT_DIR: noReports.dir };
    const child = spawn('node', ['scripts/build.ts'], { env, stdio: 'pipe' });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`BUILD_DATE=${date} 构建失败：\n${log}`))));
  });
}

const in2024 = dated('2024-09-01');
const in2026 = dated('2026-03-01');
beforeAll(async () => {
  await buildAt(in2024, '2024-09-01');
  await buildAt(in2026, '2026-03-01');
}, 240_000);

/** Text of one element, whitespace removed. */
function textOf(b: TestBuild, path: string, selector: string): string {
  const $ = load(b, path);
  return compact($(selector).text());
}

describe.each(testBuilds)('guide and policies at today’s date ($name build)', (b) => {
  const $g = load(b, 'guide/');
  const $p = load(b, 'policies/');
  const today = $p('main time').first().attr('datetime')!;

  it('states the date it judged validity on, and defers to official sources', () => {
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(compact($g('main').text())).toContain('以官方最新发布为准');
    expect(compact($p('main').text())).toContain('以官方最新发布为准');
  });

  it('has the seven sections, each quoting its action word for word and linking to it', () => {
    expect(
      $g('main section.guide-section > h2')
        .map((_, h) =>
          $g(h)
            .text()
            .replace(/^\d+\.\s*/, ''),
        )
        .get(),
    ).toEqual(guide.map((s) => s.title));
    for (const s of guide) {
      const sec = $g(`section#${s.slug}`);
      const quotes = sec
        .find('blockquote')
        .map((_, q) => compact($g(q).text()))
        .get();
      expect(quotes).toEqual(s.quotes.map((q) => `“${q}”`));
      for (const q of s.quotes) expect(actionOf(s.action)).toContain(q);
      expect(sec.find(`a[href="${b.base}actions/${s.action}/"]`).length).toBeGreaterThan(0);
      expect(sec.find('.faq dt').length).toBe(s.faq.length);
    }
  });

  it('marks every policy with its validity on the build date', () => {
    for (const p of policies) {
      const badge = compact($p(`article#${p.id} .validity`).text());
      expect(badge, p.id).toBe(policyBadgeOn(p.applies, today));
    }
    expect(policies.length).toBeGreaterThan(0);
  });

  it('shows figures only of policies in force, each with its document', () => {
    expect($p('article.policy').length).toBe(policies.length);
    $p('article.policy').each((_, el) => {
      const p = policies.find((x) => x.id === $p(el).attr('id'))!;
      const figures = $p(el).find('.figure-list li');
      if (policyBadgeOn(p.applies, today) !== '现行有效') expect(figures.length, p.id).toBe(0);
      figures.each((__, li) => {
        expect(compact($p(li).text())).toContain(compact(`出处：${policyFactText(p, sourceFact(p))}`));
      });
    });
  });
});

describe('built on 2024-09-01, in the 2024 subsidy year', () => {
  it('lists the raised car subsidy as in force, with its figures and document', () => {
    const current = textOf(in2024, 'policies/', 'section[aria-labelledby="current"]');
    expect(current).toContain('《关于进一步做好汽车以旧换新有关工作的通知》');
    const car = textOf(in2024, 'policies/', 'article#car-2024-392');
    expect(car).toContain('现行有效');
    expect(car).toContain('报废旧车并购买新能源乘用车：20,000元（出处：商消费函〔2024〕392号（待核实））');
  });
  it('no longer shows the figures the raised subsidy replaced', () => {
    const old = textOf(in2024, 'policies/', 'article#car-2024-75');
    expect(old).toContain('现行有效');
    expect(old).not.toContain('10,000元');
    expect(textOf(in2024, 'guide/', 'section#cars')).not.toContain('10,000元');
  });
  it('shows the 2025 rules as not yet in force', () => {
    expect(textOf(in2024, 'policies/', 'section[aria-labelledby="upcoming"]')).toContain('发改环资〔2025〕13号');
  });
  it('gives the guide’s car and appliance sections their figures and conditions', () => {
    const cars = textOf(in2024, 'guide/', 'section#cars');
    expect(cars).toContain('20,000元（出处：商消费函〔2024〕392号（待核实））');
    expect(cars).toContain('截止2025年1月10日');
    const appliances = textOf(in2024, 'guide/', 'section#appliances');
    expect(appliances).toContain('购买1级能效产品：销售价格的20%');
    expect(appliances).not.toContain('均已过期');
  });
});

describe('built on 2026-03-01, after the 2024 and 2025 rules ended', () => {
  it('moves them to 已失效/历史 without their figures', () => {
    const history = textOf(in2026, 'policies/', 'section[aria-labelledby="history"]');
    for (const doc of ['商消费函〔2024〕392号', '商办消费函〔2025〕8号', '发改环资〔2025〕13号']) expect(history).toContain(doc);
    const page = textOf(in2026, 'policies/', 'main');
    expect(page).not.toContain('20,000元');
    expect(page).not.toContain('销售价格的15%');
  });
  it('says so in a guide section whose rules have all expired, and points to official sources', () => {
    const appliances = textOf(in2026, 'guide/', 'section#appliances');
    expect(appliances).toContain('本节收录的政策均已过期');
    expect(appliances).toContain('湖北省商务厅');
    expect(appliances).not.toMatch(/\d[\d,]*元（出处/);
    expect(textOf(in2026, 'guide/', 'section#digital')).toContain('本节收录的政策均已过期');
  });
  it('shows the unverified 2026 framework as in force but publishes none of its numbers', () => {
    const cars = textOf(in2026, 'guide/', 'section#cars');
    expect(cars).toContain('发改环资〔2025〕1745号');
    expect(cars).toContain('发改环资〔2025〕1745号（待核实）');
    expect(cars).toContain('本站不公布任何金额或比例');
    expect(cars).not.toMatch(/\d[\d,]*元（出处/);
  });
});
