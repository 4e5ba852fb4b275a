/**
 * Whose words are whose, in the built site (issue 23): /about/ names the three kinds; /about/method/
 * states each 计算口径 once; every page that applies a rule links it — found here from what the page
 * shows (its words, its cells, the content it lists), independently of the marks the components
 * print from the code's tags; no mark links to a rule the method page lacks; the site's statements
 * about itself are true; the downloads say each column's kind and which cells the site filled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { indicatorDownloadColumns, progressDownloadColumns } from '../../src/export/dataExport.ts';
import { ruleIds, type RuleId } from '../../src/model/rules.ts';
import { testBuilds } from '../helpers/builds.ts';
import { parseCsv } from '../helpers/csvParse.ts';
import { allPages, compact, load, mainText, requireBuild } from '../helpers/site.ts';

/** The false sentences the site used to say about itself (issues 13 and 23). */
const falseClaims: [string, string][] = [
  ['about/', '所有文字和数字均来自该文件'],
  ['about/', '附件2的每个单元格照录原文，未作改动'],
  ['data/', '本站不发布补贴金额'],
  ['data/', '文件未载明的内容，数据中一律不出现'],
];

describe.each(testBuilds)('statements at base $base', (build) => {
  requireBuild(build);
  const { content } = readContent(build.content);
  const rules = content.readings.map((r) => r.data);
  const about = load(build, 'about/');
  const method = load(build, 'about/method/');
  const pages = allPages(build).filter((p) => p.endsWith('/') || p === '');
  const pageCache = new Map<string, CheerioAPI>();
  const page = (p: string) => {
    if (!pageCache.has(p)) pageCache.set(p, load(build, p));
    return pageCache.get(p)!;
  };
  /** The rules a page links to, by its links to /about/method/#rule-<id>. */
  const linkedRules = (p: string): Set<string> => {
    const $ = page(p);
    return new Set(
      $(`a[href^="${build.base}about/method/#rule-"]`)
        .map((_, a) => $(a).attr('href')!.split('#rule-')[1])
        .get(),
    );
  };
  const main = (p: string) => compact(page(p)('main').text());

  it('/about/ explains the three kinds, the third being the 计算口径 of the method page', () => {
    const text = compact(about('#statement-kinds').nextUntil('h2').addBack().text());
    for (const kind of ['原文', '本站整理', '计算口径']) expect(text).toContain(kind);
    expect(about(`#statement-kinds ~ dl a[href="${build.base}about/method/"]`).length).toBe(1);
  });

  it('/about/method/ states each rule once, in the order of the code, with its explanation and never the other reading', () => {
    const entries = method('[data-rule-entry]')
      .map((_, e) => method(e).attr('data-rule-entry'))
      .get();
    expect(entries).toEqual([...ruleIds]);
    const text = main('about/method/');
    for (const r of rules) {
      const section = method(`#rule-${r.id}`);
      // Numbered in the order of the code, from 1: the number every mark linking here shows.
      expect(compact(section.find('h2').text())).toBe(`口径${ruleIds.indexOf(r.id as RuleId) + 1}${compact(r.title)}`);
      expect(compact(section.text())).toContain(compact(r.reason));
      // Once: the title and the explanation appear in that section only.
      expect(text.split(compact(r.title)).length - 1, r.id).toBe(1);
      expect(text.split(compact(r.reason)).length - 1, r.id).toBe(1);
    }
  });

  it('no page shows the other reading of a rule: that is for the staff review', () => {
    const alternatives = rules.flatMap((r) => (r.alternative ? [compact(r.alternative)] : []));
    for (const p of pages) for (const a of alternatives) expect(main(p), `${p}：${a}`).not.toContain(a);
  });

  it('every 口径 mark links to a rule the method page states', () => {
    const stated = new Set(ruleIds);
    for (const p of pages) {
      const $ = page(p);
      $('[data-rule]').each((_, el) => {
        const id = $(el).attr('data-rule')!;
        expect(stated.has(id as RuleId), `${p}：${id}`).toBe(true);
        expect($(el).attr('href'), p).toBe(`${build.base}about/method/#rule-${id}`);
      });
    }
  });

  it('every 口径 mark shows the number its rule has on the method page, so two marks side by side differ', () => {
    const numberOn = new Map(
      method('[data-rule-entry]')
        .map((_, e) => [[method(e).attr('data-rule-entry')!, compact(method(e).find('.rule-number').text())]])
        .get() as [string, string][],
    );
    let pairs = 0;
    for (const p of pages) {
      const $ = page(p);
      // The marks (RuleMarks.astro); a page-wide line of rules (PageRules.astro) names them in full.
      $('a.kind[data-rule]').each((_, el) => {
        const visible = $(el).clone();
        visible.find('.visually-hidden').remove();
        expect(compact(visible.text()), `${p}：${$(el).attr('data-rule')}`).toBe(numberOn.get($(el).attr('data-rule')!));
        // Marks next to each other (one result, several rules) never read the same.
        const next = $(el).next('a.kind[data-rule]');
        if (next.length > 0) {
          pairs += 1;
          expect(next.attr('data-rule'), p).not.toBe($(el).attr('data-rule'));
        }
      });
    }
    // With reports, several rules apply to one result (the charts' 直线路径应完成 column).
    if (build.reports) expect(pairs).toBeGreaterThan(0);
  });

  // Where each rule is applied, told from what the page shows, not from the marks: a page that
  // shows the result of a rule and does not link it fails, whichever component printed it.
  const indicatorPath = (n: number) => `indicators/${content.indicators.find((i) => i.data.number === n)!.data.slug}/`;
  const applies: [RuleId, string, (p: string) => boolean][] = [
    ['straight-line-path', 'says what should have been done by now (应完成, 应达到, 直线路径)', (p) => /应完成|应达到|直线路径/.test(main(p))],
    ['cumulative-base', 'counts from 2024 (自2024年…累计)', (p) => /自2024年(1月1日)?起累计/.test(main(p))],
    [
      'exceed',
      'reads 超 or 以上 in a target (须高于目标值, or the dictionary’s rows for them)',
      (p) => main(p).includes('须高于目标值') || p === 'data/dictionary/',
    ],
    ['blank-cells', 'prints a "/" or blank target cell', (p) => /不设此级目标|表中空白，未设目标/.test(main(p))],
    [
      'cumulative-reports',
      'lists reported figures by 报告期',
      (p) => page(p)('main th').filter((_, th) => compact(page(p)(th).text()).startsWith('报告期')).length > 0,
    ],
    ['text-in-force', 'judges a figure against the text in force', (p) => main(p).includes('当天有效的文本')],
    [
      'merged-cells',
      'shows a cell the site filled or typed',
      (p) => {
        const $ = page(p);
        return (
          main(p).includes('（按合并单元格补全）') ||
          $('main td, main dd').filter((_, c) => /^(主要目标|具体目标)（本站归类）$/.test(compact($(c).text()))).length > 0
        );
      },
    ],
    [
      'main-targets-under-actions',
      'files a main target under an action (an action, then 本站归类)',
      (p) => {
        const $ = page(p);
        return (
          $(`main a[href^="${build.base}actions/"]`).filter((_, a) => {
            const next = a.nextSibling;
            return (next && 'data' in next ? next.data : '').trim().startsWith('（本站归类）');
          }).length > 0 ||
          $('main th').filter((_, th) => /（本站归类）/.test(compact($(th).text()))).length > 0 ||
          /是方案“一、总体要求（二）工作目标”所列的总体目标/.test(main(p))
        );
      },
    ],
    [
      'all-action-leads',
      'lists under a lead bureau an indicator whose 责任单位 is 各牵头单位',
      (p) =>
        p.startsWith('departments/') &&
        p !== 'departments/' &&
        content.indicators.some((i) => i.data.allActionLeads && page(p)(`main a[href="${build.base}${indicatorPath(i.data.number)}"]`).length > 0),
    ],
    ['search-synonyms', 'is the search page, which searches everyday words as the plan’s', (p) => p === 'search/' && content.synonyms.length > 0],
  ];
  it.each(applies)('every page that applies %s links it: a page that %s', (id, _, shows) => {
    const applying = pages.filter((p) => p !== 'about/method/' && shows(p));
    expect(applying.length, `no page shows ${id}: the detector no longer matches the site`).toBeGreaterThan(0);
    for (const p of applying) expect(linkedRules(p).has(id), `/${p} applies ${id} but does not link it`).toBe(true);
  });

  it('the indicator pages of a 每年 target link the every-year rule that applies to it', () => {
    for (const i of content.indicators.filter((x) => x.data.measure === 'annual' && x.data.name.includes('每年'))) {
      const years = (['district2024', 'district2027'] as const).filter((k) => !['', '/'].includes(i.data.targets[k]));
      const id = years.length === 1 ? (years[0] === 'district2024' ? 'every-year-2024-target' : 'every-year-2027-target') : null;
      if (id) expect(linkedRules(indicatorPath(i.data.number)).has(id), `指标${i.data.number}`).toBe(true);
    }
  });

  it('a table’s legend says exactly what is verbatim, and marks the filled cells', () => {
    const $ = page('indicators/');
    const legend = compact($('[data-table-legend]').first().text());
    expect(legend).toContain('照录附件2，标注的除外');
    expect(legend).toContain('按合并单元格补全');
    expect(legend).toContain('本站归类');
    const blank = content.indicators.filter((i) => i.data.inherited.includes('responsible'));
    for (const i of blank)
      expect(compact($(`#indicator-${i.data.number}`).text()), `指标${i.data.number}`).toContain(`${i.data.responsibleText}（按合并单元格补全）`);
    const typed = content.indicators.filter((i) => i.data.inherited.includes('type'));
    for (const i of typed) expect(compact($(`#indicator-${i.data.number} td`).eq(1).text())).toMatch(/（本站归类）$/);
    // The plan's own copy of the table marks them too.
    expect(compact(page('plan/')('[data-table-legend]').text())).toContain('按合并单元格补全');
  });

  it.each(falseClaims)('%s does not say “%s”', (path, claim) => {
    expect(mainText(build, path)).not.toContain(compact(claim));
  });

  it('the footer says what else the site carries besides the document’s words', () => {
    const footer = compact(load(build, '')('footer.site-footer').text());
    expect(footer).not.toMatch(/本站内容依据《[^》]+》（[^）]+）整理/);
    for (const kind of ['原文', '本站整理', '计算口径']) expect(footer).toContain(kind);
  });

  it('/about/ says the guide and policies carry outside facts, and bureaus report the progress figures', () => {
    const text = mainText(build, 'about/');
    expect(text).toContain('方案以外的信息');
    expect(text).toContain('责任单位报送');
  });

  it('downloads carry each column’s kind: 计算口径 in the CSV header, every field’s kind in the JSON and the dictionary, and the filled cells', () => {
    const csv = parseCsv(readFileSync(join(build.dir, 'data/indicators.csv'), 'utf8').slice(1));
    const json = JSON.parse(readFileSync(join(build.dir, 'data/indicators.json'), 'utf8')) as {
      fields: { path: string; kind: string }[];
      indicators: { number: number; cellSources: Record<string, string> }[];
    };
    const progressCsv = parseCsv(readFileSync(join(build.dir, 'data/progress.csv'), 'utf8').slice(1));
    for (const [columns, header] of [
      [indicatorDownloadColumns, csv[0]!],
      [progressDownloadColumns, progressCsv[0]!],
    ] as const) {
      columns.forEach((c, i) => expect(header[i]!.includes('计算口径'), header[i]).toBe(c.kind === '计算口径'));
    }
    expect(json.fields.map((f) => f.kind)).toEqual(indicatorDownloadColumns.map((c) => c.kind));
    for (const counted of ['计量方式（计算口径）', '所属行动（计算口径）', '责任单位（展开，计算口径）']) expect(csv[0]).toContain(counted);
    const $ = load(build, 'data/dictionary/');
    indicatorDownloadColumns.forEach((c, i) => {
      expect(compact($(`#column-${i + 1}`).text()), c.header).toContain(c.kind);
    });
    // Every cell the site filled is marked in the CSV and the JSON, as on the pages.
    const col = (h: string) => csv[0]!.indexOf(h);
    for (const i of content.indicators) {
      const row = csv.find((r) => r[0] === String(i.data.number))!;
      const expected = {
        type: i.data.inherited.includes('type') ? '本站归类' : '原文',
        responsible: i.data.inherited.includes('responsible') ? '按合并单元格补全' : '原文',
        remark: i.data.inherited.includes('remark') ? '按合并单元格补全' : '原文',
      };
      expect([row[col('指标类型来源')], row[col('责任单位来源')], row[col('备注来源')]], `指标${i.data.number}`).toEqual([
        expected.type,
        expected.responsible,
        expected.remark,
      ]);
      expect(json.indicators.find((r) => r.number === i.data.number)!.cellSources).toEqual(expected);
    }
  });
});
