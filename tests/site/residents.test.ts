/**
 * The guide and the policies page as built: only checked facts reach them, validity is stated
 * only on a checked period, and each guide topic opens with what a resident can do now (whom to
 * ask in the district, the rule in force or the official channel). What each page should say is
 * worked out from the build's own content copy, so real checks and contacts arriving in content/
 * never break it. Besides the two test builds, the site is built twice with a fixed BUILD_DATE — in
 * the 2024 subsidy year and after the 2024 rules ended — and the same pages are compared.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { validity, validityLabels } from '../../src/model/policyStatus.ts';
import { isVerified, unverifiedFacts } from '../../src/model/verifiedFacts.ts';
import { publishedPolicies } from '../../src/site/residentsView.ts';
import { citeAs, policyFact } from '../../src/site/policyText.ts';
import { testBuilds, type TestBuild } from '../helpers/builds.ts';
import { copyContent } from '../helpers/contentCopy.ts';
import { builtOn, compact, load, requireBuild } from '../helpers/site.ts';

/** Words a public page never says of its facts: the staff's business, in the review. */
const staffWords = /待核实|本站未查到|标题为本站概括|来自转载|约20\d\d年|以官方渠道发布为准|本站更新日期/;

describe.each(testBuilds)('guide and policies ($name build)', (b) => {
  requireBuild(b);
  const { content } = readContent(b.content);
  const today = builtOn(b);
  const policies = content.policies.map((e) => e.data);
  const shown = publishedPolicies(policies);
  const guide = content.guide.map((e) => e.data).sort((x, y) => x.number - y.number);
  const preview = content.site!.url === '';
  const $g = load(b, 'guide/');
  const $p = load(b, 'policies/');

  it('say none of the words staff use of unchecked facts', () => {
    for (const page of ['guide/', 'policies/', '']) expect(compact(load(b, page)('main').text())).not.toMatch(staffWords);
  });

  it('state the date validity is judged on, and defer to official sources', () => {
    expect($p('.official-notice time').attr('datetime')).toBe(today);
    expect(compact($g('main').text())).toContain('以官方最新发布为准');
  });

  it('/policies/ lists exactly the entries named by a checked title or 文号', () => {
    expect(
      $p('article.policy')
        .map((_, a) => $p(a).attr('id'))
        .get()
        .sort(),
    ).toEqual(shown.map((p) => p.id).sort());
    // The guard looks at something: some entries wait in the review, some are shown.
    expect(shown.length).toBeGreaterThan(0);
  });

  it('/policies/ prints every checked fact of an entry and no unchecked one', () => {
    for (const p of shown) {
      const entry = compact($p(`article#${p.id}`).text());
      for (const kind of ['title', 'docNumber', 'written', 'issued', 'period'] as const) {
        const text = policyFact(p, kind);
        if (text !== null) expect(entry, `${p.id} ${kind}`).toContain(compact(text));
      }
      for (const key of unverifiedFacts(p)) {
        const value = key === 'issuers' ? p.issuers.join('、') : key === 'docNumber' ? p.docNumber : key === 'summary' ? p.summary : undefined;
        if (value) expect(entry, `${p.id} ${key}`).not.toContain(compact(value));
      }
      for (const f of p.figures.filter((x) => !isVerified(x))) expect(entry, `${p.id} ${f.label}`).not.toContain(compact(f.label));
    }
    for (const p of policies.filter((x) => !shown.some((s) => s.id === x.id))) {
      if (p.docNumber) expect(compact($p('main').text())).not.toContain(p.docNumber);
    }
  });

  it('/policies/ states a validity only where the period is checked', () => {
    for (const p of shown) {
      const v = validity(p.period, today);
      const badge = compact($p(`article#${p.id} .validity`).text());
      expect(badge, p.id).toBe(v === 'unknown' ? '' : validityLabels[v]);
    }
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
      expect(
        sec
          .find('blockquote')
          .map((_, q) => compact($g(q).text()))
          .get(),
      ).toEqual(s.quotes.map((q) => `“${q}”`));
      expect(sec.find(`a[href="${b.base}actions/${s.action}/"]`).length).toBeGreaterThan(0);
      expect(sec.find('.faq dt').length).toBe(s.faq.length);
    }
  });

  it.each(guide.map((s) => [s.slug, s] as const))('%s opens with whom to ask in the district, then the rule in force or the official channel', (slug, s) => {
    const now = $g(`section#${slug} .resident-now`);
    expect(now.length).toBe(1);
    // It comes first, right after the heading and the need.
    expect($g(`section#${slug} > *`).index(now)).toBe(2);
    const text = compact(now.text());
    const c = s.districtContact;
    if (c) {
      for (const part of [c.office, c.address, c.hours]) expect(text).toContain(compact(part));
      expect(now.find('a[href^="tel:"]').attr('href')).toBe(`tel:${c.phone.replace(/[^\d+]/g, '')}`);
      expect(text.includes('示例数据')).toBe(c.sample);
    } else if (preview) {
      expect(text).toContain(`待填写：区内咨询单位、电话、地址和办公时间（content/guide/`);
    } else {
      expect(text).not.toContain('待填写');
      expect(now.find('a[href^="tel:"]').length).toBe(0);
    }
    const rules = shown.filter((p) => s.policies.includes(p.id) && validity(p.period, today) === 'in-force');
    const channels = s.askAt.filter(isVerified);
    if (rules.length > 0) {
      expect(text).toContain('现行规则：');
      for (const p of rules) expect(text).toContain(compact(policyFact(p, citeAs(p)!)!));
    } else if (channels[0]) expect(text).toContain(`官方渠道：${compact(channels[0].name)}`);
    else expect(text).not.toMatch(/现行规则|官方渠道/);
  });

  it('prints only checked channels', () => {
    for (const s of guide) {
      const sec = compact($g(`section#${s.slug}`).text());
      for (const c of s.askAt) expect(sec.includes(compact(c.name)), `${s.slug} ${c.name}`).toBe(isVerified(c));
    }
  });

  it('shows figures only of checked rules in force, each with its document', () => {
    $p('article.policy').each((_, el) => {
      const p = shown.find((x) => x.id === $p(el).attr('id'))!;
      const figures = $p(el).find('.figure-list li');
      if (validity(p.period, today) !== 'in-force') expect(figures.length, p.id).toBe(0);
      figures.each((__, li) => {
        expect(compact($p(li).text())).toContain(compact(`出处：${policyFact(p, citeAs(p)!)!}`));
      });
    });
  });
});

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

// These read the real policies as the reference checks them: the 2024 car rules are the ones with
// a checked period; if staff check more, these stay true of those two.
describe('built on 2024-09-01, in the 2024 subsidy year', () => {
  it('lists the raised car subsidy as in force, with its checked figures cited by its title (its 文号 is unchecked)', () => {
    const car = textOf(in2024, 'policies/', 'article#car-2024-392');
    expect(car).toContain('现行有效');
    expect(car).toContain('报废旧车并购买新能源乘用车：20000元（出处：《关于进一步做好汽车以旧换新有关工作的通知》）');
    expect(car).not.toContain('商消费函〔2024〕392号');
  });
  it('no longer shows the figures the raised subsidy replaced', () => {
    const old = textOf(in2024, 'policies/', 'article#car-2024-75');
    expect(old).toContain('现行有效');
    expect(old).not.toContain('10000元');
    expect(textOf(in2024, 'guide/', 'section#cars')).not.toContain('10000元');
  });
  it('opens the car topic with the rules in force, and gives their figures and conditions', () => {
    const cars = textOf(in2024, 'guide/', 'section#cars');
    expect(textOf(in2024, 'guide/', 'section#cars .resident-now')).toContain('现行规则：商消费函〔2024〕75号、《关于进一步做好汽车以旧换新有关工作的通知》');
    expect(cars).toContain('20000元（出处：《关于进一步做好汽车以旧换新有关工作的通知》）');
    expect(cars).toContain('截止2025年1月10日');
  });
  it('states no validity for a rule whose period is not checked, and shows none of its figures', () => {
    const appliances = textOf(in2024, 'policies/', 'article#appliance-2024');
    expect(appliances).not.toMatch(/现行有效|已失效|尚未施行/);
    expect(appliances).not.toContain('销售价格的15%');
  });
});

describe('built on 2026-03-01, after the 2024 rules ended', () => {
  it('moves them to 已失效/历史 without their figures', () => {
    const history = textOf(in2026, 'policies/', 'section[aria-labelledby="history"]');
    expect(history).toContain('商消费函〔2024〕75号');
    expect(history).toContain('《关于进一步做好汽车以旧换新有关工作的通知》');
    const page = textOf(in2026, 'policies/', 'main');
    expect(page).not.toContain('20000元');
    expect(page).not.toContain('销售价格的15%');
  });
  it('never calls the 2024 e-bike plan 现行有效 only because no end date was found', () => {
    expect(textOf(in2026, 'policies/', 'article#ebike-2024')).not.toMatch(/现行有效|已失效/);
    expect(textOf(in2026, 'guide/', 'section#e-bikes')).not.toContain('现行有效');
  });
  it('publishes nothing of the unchecked 2026 framework', () => {
    expect(textOf(in2026, 'policies/', 'main')).not.toContain('发改环资〔2025〕1745号');
    expect(textOf(in2026, 'guide/', 'section#cars')).not.toMatch(/1745|\d[\d,]*元（出处/);
  });
});
