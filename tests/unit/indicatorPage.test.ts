/** An indicator page's model on the real 22 indicators. */
import { describe, expect, it } from 'vitest';
import { shareAgreement } from '../../src/export/dataExport.ts';
import { districtShare } from '../../src/model/indicators.ts';
import { indicatorPage, shareText } from '../../src/pageModels/indicatorPage.ts';
import { reviewDraftPageContent } from '../helpers/pageData.ts';

const content = reviewDraftPageContent();
const pageOf = (n: number, base = '/') => indicatorPage(content.indicator(n), content, base);
const sentence = (n: number) => {
  const s = pageOf(n).share;
  return s && `${s.lead}${s.percent}${s.check ?? ''}`;
};

describe('the share sentence: the district’s target as a share of the city’s, checked against the 备注', () => {
  it.each<[number, string | null]>([
    // Growth rates and ratios: a share means nothing.
    ...[1, 2, 3, 4, 5, 6, 11].map((n): [number, null] => [n, null]),
    // No city target to compare with.
    ...[7, 21, 22].map((n): [number, null] => [n, null]),
    [8, '区级目标占市级目标的比重（本站计算，2027年）：10%；表中备注为“占全市10%”，二者一致。'],
    [9, '区级目标占市级目标的比重（本站计算，2027年）：10%；表中备注为“占全市10%”，二者一致。'],
    [10, '区级目标占市级目标的比重（本站计算，2027年）：16.67%；表中备注为“占全市16.67%”，二者一致。'],
    [12, '区级目标占市级目标的比重（本站计算，2027年）：33.33%；表中备注为“占全市33.33%”，二者一致。'],
    [13, '区级目标占市级目标的比重（本站计算，2027年）：30%；表中备注为“占全市30%”，二者一致。'],
    [14, '区级目标占市级目标的比重（本站计算，2024年）：31.25%；表中备注为“占全市31.25%”，二者一致。'],
    [15, '区级目标占市级目标的比重（本站计算，2024年）：15%；表中备注为“占全市15%”，二者一致。'],
    [16, '区级目标占市级目标的比重（本站计算，2027年）：5.13%；表中备注为“占全市5.13%”，二者一致。'],
    [17, '区级目标占市级目标的比重（本站计算，2027年）：10%；表中备注为“占全市10%”，二者一致。'],
    [18, '区级目标占市级目标的比重（本站计算，2027年）：4%；表中备注为“占全市4%”，二者一致。'],
    [19, '区级目标占市级目标的比重（本站计算，2027年）：20%；表中备注为“占全市20%”，二者一致。'],
    [20, '区级目标占市级目标的比重（本站计算，2027年）：10%；表中备注为“占全市10%”，二者一致。'],
  ])('indicator %i: %s', (n, text) => {
    expect(sentence(n)).toBe(text);
  });

  it.each([
    ['a 备注 that disagrees', '占全市12%', '；表中备注为“占全市12%”，二者不一致。'],
    ['a 备注 without a share', '伍家岗区自主设定', null],
  ])('%s', (_, remark, check) => {
    const elevators = content.indicator(8).data;
    expect(shareText({ ...elevators, remark })).toEqual({ lead: '区级目标占市级目标的比重（本站计算，2027年）：', percent: '10%', check });
  });

  it('agrees with the tables and downloads (shareAgreement) on every real indicator', () => {
    // The page allows 0.01 percentage points, the tables 0.005: no indicator may fall between.
    for (const i of content.indicators) {
      const agrees = shareAgreement(districtShare(i.data));
      const check = shareText(i.data)?.check ?? null;
      expect(check === null ? null : check.endsWith('二者一致。')).toBe(agrees);
    }
  });
});

describe('the facts of the row', () => {
  it.each([
    [1, '指标1“重点领域设备投资增长率”：伍家岗区2027年目标25%。', { label: '伍家岗区2027年目标', figure: '25%' }],
    // The 2027 cells are blank: the 2024 target is the headline.
    [6, '指标6“工业技改投资增长率”：伍家岗区2024年目标10%。', { label: '伍家岗区2024年目标', figure: '10%' }],
    [14, '指标14“汽车以旧换新量”：伍家岗区2024年目标1000辆。', { label: '伍家岗区2024年目标', figure: '1000辆' }],
    [17, '指标17“全年二手汽车交易”：伍家岗区2027年目标超6000辆。', { label: '伍家岗区2027年目标', figure: '超6000辆' }],
  ])('indicator %i: %s', (n, description, headline) => {
    const page = pageOf(n);
    expect(page.description).toBe(description);
    expect(page.headline).toEqual(headline);
  });

  it.each([
    [1, '主要目标', '较2023年增长率', '各牵头单位（', '）'],
    [10, '具体目标', '自2024年起累计数量', '', ''],
  ])('indicator %i: %s, %s, bureaus “%s…%s”', (n, type, measure, before, after) => {
    const page = pageOf(n, '/zt/liangxin/');
    expect([page.typeLabel, page.measureLabel, page.departmentsBefore, page.departmentsAfter]).toEqual([type, measure, before, after]);
  });

  // The main targets are the plan's 总体目标 (工作目标); filing 2–5 under an action is the site's, and the rule that does it is linked.
  const goalsGroup = { text: '总体目标（方案“一、总体要求（二）工作目标”）', href: null, mark: null, rules: [] };
  it.each<[number, { text: string; href: string | null; mark: string | null; rules: string[] }[]]>([
    [1, [goalsGroup]],
    [
      2,
      [goalsGroup, { text: '（一）制造业设备改造行动', href: '/zt/liangxin/actions/manufacturing/', mark: '本站归类', rules: ['main-targets-under-actions'] }],
    ],
    [
      5,
      [
        goalsGroup,
        { text: '（九）资源回收网络构建及再生利用行动', href: '/zt/liangxin/actions/recycling/', mark: '本站归类', rules: ['main-targets-under-actions'] },
      ],
    ],
    [10, [{ text: '（二）城市基础设施更新行动', href: '/zt/liangxin/actions/urban-infrastructure/', mark: null, rules: [] }]],
  ])('indicator %i is grouped as %j', (n, groups) => {
    expect(pageOf(n, '/zt/liangxin/').groups).toEqual(groups);
  });

  // Which cells are the table's words, and which the site filled: checked against the source's blank cells in content.test.ts.
  it.each([
    [1, '原文', '原文', '原文', ['all-action-leads']],
    [2, '本站归类', '原文', '原文', []],
    [12, '原文', '原文', '原文', []],
    [17, '本站归类', '按合并单元格补全', '原文', ['merged-cells']],
    [22, '本站归类', '按合并单元格补全', '按合并单元格补全', ['merged-cells']],
  ])('indicator %i: type %s, 责任单位 %s, 备注 %s; bureau rules %j', (n, type, responsible, remark, rules) => {
    const page = pageOf(n);
    expect([page.typeOrigin.source, page.responsibleOrigin.source, page.remarkOrigin.source]).toEqual([type, responsible, remark]);
    expect(page.typeOrigin.mark).toBe(type === '原文' ? '' : `（${type}）`);
    expect(page.responsibleRules).toEqual(rules);
  });

  // How each is counted, with the rule that decides it (the register's examples: 12, 13, 15 and the counts from 2024).
  it.each([
    [1, []],
    [8, ['cumulative-base']],
    [12, ['every-year-2027-target']],
    [13, ['cumulative-base', 'cumulative-despite-every-year']],
    [15, ['every-year-2024-target']],
    [16, []],
  ])('indicator %i is measured by the rules %j', (n, rules) => {
    expect(pageOf(n).measureRules).toEqual(rules);
  });

  it.each([
    [6, ['blank-cells']],
    [7, ['blank-cells']],
  ])('indicator %i: the four levels table reads its "/" and blank cells by %j', (n, rules) => {
    expect(pageOf(n).levelRules).toEqual(rules);
  });

  // Each quote links to the paragraph that holds it; tests/site/planAnchors.test.ts follows the links in the build.
  it.each([
    [1, ['/zt/liangxin/plan/#general-p2:~:', '/zt/liangxin/plan/#general-p3:~:']],
    [3, ['/zt/liangxin/plan/#general-p2:~:', '/zt/liangxin/plan/#general-p3:~:']],
    [4, ['/zt/liangxin/plan/#general-p2:~:', '/zt/liangxin/plan/#general-p3:~:']],
    [10, ['/zt/liangxin/plan/#action-urban-infrastructure-p1:~:']],
  ])('indicator %i: each quote links to its paragraph', (n, starts) => {
    const hrefs = pageOf(n, '/zt/liangxin/').source.map((s) => s.href);
    expect(hrefs.map((h) => h.slice(0, h.indexOf(':~:') + 3))).toEqual(starts);
    for (const h of hrefs) expect(h).toMatch(/:~:text=[^-&]+$/);
  });

  it('lists the bureaus of 各牵头单位 (every action’s lead), for the links and the search filter', () => {
    expect(pageOf(1).bureaus).toEqual(['区科技经信局', '区住建局', '区农业农村局', '区教育局', '区文旅局', '区卫健局', '区商务局']);
    expect(pageOf(10).bureaus).toEqual(['区城管局']);
    expect(pageOf(10).departments.map((d) => d.data.id)).toEqual(['urban-management']);
  });

  it('quotes the plan’s sentences in quotation marks', () => {
    const page = pageOf(1);
    expect(page.source.map((s) => s.quote)).toEqual(content.indicator(1).data.source.map((s) => `“${s}”`));
    expect(page.source).toHaveLength(2);
  });
});

describe('the four levels', () => {
  it.each([
    // number, 2024 and 2027 cell text per level, national to district (null: no 2024 column)
    [
      1,
      [
        [null, '25%'],
        ['8%', '25%'],
        ['8%', '25%'],
        ['8%', '25%'],
      ],
    ],
    [
      6,
      [
        [null, '/'],
        ['10%', ''],
        ['10%', ''],
        ['10%', ''],
      ],
    ],
    [
      14,
      [
        [null, '/'],
        ['4万辆', '/'],
        ['3200辆', '/'],
        ['1000辆', '/'],
      ],
    ],
  ])('indicator %i', (n, cells) => {
    const { levels } = pageOf(n);
    expect(levels.map((l) => l.id)).toEqual(['level-national', 'level-province', 'level-city', 'level-district']);
    expect(levels.map((l) => l.label)).toEqual(['国家级', '省级', '市级', '区级']);
    expect(levels.map((l) => [l.y2024?.raw ?? null, l.y2027.raw])).toEqual(cells);
  });
});

describe('notes: the row’s own only; filled cells are marked beside the cell', () => {
  it.each([7, 17, 22])('indicator %i', (n) => {
    expect(pageOf(n).notes).toEqual(content.indicator(n).data.notes);
  });
});

describe('links', () => {
  it('to the full table, and the citation’s addresses (without the base, which CitationBlock adds)', () => {
    const page = pageOf(7, '/zt/liangxin/');
    expect(page.tableHref).toBe('/zt/liangxin/indicators/#indicator-7');
    expect(page.citation).toEqual({ title: '指标7：新增和改造充电桩（含自用桩）', path: '/indicators/charging-piles/', shortPath: '/i/7/' });
  });
});
