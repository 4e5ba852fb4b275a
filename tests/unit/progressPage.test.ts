/** /progress/'s page model on the real 22 indicators, with figures each test names. */
import { describe, expect, it } from 'vitest';
import { chartPercent, methodText, planElapsed, progressPage } from '../../src/pageModels/progressPage.ts';
import { pageProgress, reviewDraftPageContent } from '../helpers/pageData.ts';

const content = reviewDraftPageContent();
const today = '2026-12-01';

/** One figure each for a few indicators, chosen to give every kind of row (worked out in the table below). */
const readings = {
  3: [{ asOf: '2025-12-31', value: 86.5 }],
  7: [{ asOf: '2025-12-31', value: 1500 }],
  8: [{ asOf: '2025-06-30', value: 20 }],
  12: [{ asOf: '2026-09-30', value: 6 }],
  14: [{ asOf: '2025-06-30', value: 800 }],
  21: [{ asOf: '2026-06-30', value: 1 }],
};
const page = progressPage(content, pageProgress(content, today, readings), '/');
const empty = progressPage(content, pageProgress(content, today), '/');
const row = (n: number) => page.groups.flatMap((g) => g.rows).find((r) => r.number === n)!;

describe('the plan-period line', () => {
  it.each([
    ['2023-06-01', '0%（2024-01-01至2027-12-31，已过 0 天，共 1461 天）'],
    ['2024-01-01', '0.07%（2024-01-01至2027-12-31，已过 1 天，共 1461 天）'],
    ['2026-12-01', '72.96%（2024-01-01至2027-12-31，已过 1066 天，共 1461 天）'],
    ['2027-12-31', '100%（2024-01-01至2027-12-31，已过 1461 天，共 1461 天）'],
    ['2028-03-01', '100%（2024-01-01至2027-12-31，已过 1461 天，共 1461 天）'],
  ])('on %s: %s', (date, text) => {
    expect(planElapsed(date)).toBe(text);
  });
});

describe('groups: the general goal, then each action that has indicators, in the plan’s order', () => {
  it('every indicator is in exactly one group', () => {
    expect(page.groups.flatMap((g) => g.rows.map((r) => r.number)).sort((a, b) => a - b)).toEqual(content.indicators.map((i) => i.data.number));
  });

  it.each([
    ['group-general', '总体目标', [1]],
    ['group-manufacturing', '（一）制造业设备改造行动', [2, 3, 6]],
    ['group-urban-infrastructure', '（二）城市基础设施更新行动', [7, 8, 9, 10]],
    ['group-transport', '（三）交通运输设备绿色转型行动', [11]],
    ['group-education', '（五）教育设施信息化升级行动', [18, 19, 20]],
    ['group-culture-tourism', '（六）文旅设备更新提升行动', [21, 22]],
    ['group-healthcare', '（七）医疗卫生设施改善行动', [12, 13]],
    ['group-consumer-trade-in', '（八）消费品以旧换新行动', [14, 15]],
    ['group-recycling', '（九）资源回收网络构建及再生利用行动', [4, 5, 16, 17]],
  ])('%s %s: indicators %j', (id, title, numbers) => {
    const group = page.groups.find((g) => g.id === id)!;
    expect(group.title).toBe(title);
    expect(group.rows.map((r) => r.number)).toEqual(numbers);
  });

  it('actions without indicators (（四）, （十）) have no group, and the order is the plan’s', () => {
    expect(page.groups.map((g) => g.id)).toEqual([
      'group-general',
      'group-manufacturing',
      'group-urban-infrastructure',
      'group-transport',
      'group-education',
      'group-culture-tourism',
      'group-healthcare',
      'group-consumer-trade-in',
      'group-recycling',
    ]);
  });
});

describe('rows', () => {
  it.each([
    // number, target, latest, reached, expected, status
    [3, '2027年 75%', ['86.5%', '截至2025-12-31'], '115.33%', ['90.22%', null], 'done'],
    [7, '2027年 3000个', ['1500个', '截至2025-12-31'], '50%', ['50.03%', null], 'on-track'],
    [8, '2027年 100台', ['20台', '截至2025-06-30'], '20%', ['37.44%', null], 'behind'],
    [12, '2027年 10台', ['6台', '截至2026-09-30'], '60%', ['74.79%', null], 'speed-up'],
    [21, '2027年 1家', ['1家', '截至2026-06-30'], '100%', ['62.42%', null], 'done'],
    // A figure outside the target's period is shown, but not assessed.
    [14, '2024年 1000辆', ['800辆', '截至2025-06-30，不在目标期内'], '—', ['100%', '到本页生成日期，即 1000辆'], 'no-data'],
    // No figure: what the path expects by the build date, a count rounded (40 × 72.96% = 29.18 → 约29套).
    [9, '2027年 40套', ['暂无报送', null], '—', ['72.96%', '到本页生成日期，约29套'], 'no-data'],
    // 每年: this year's period (150 × 91.78% = 137.67 → 约138户).
    [15, '2024年 150户', ['暂无报送', null], '—', ['91.78%', '到本页生成日期，约138户'], 'no-data'],
    // A 2027-only count within the year: its period has not begun.
    [16, '2027年 2万台套', ['暂无报送', null], '—', [null, '目标期（2027年）尚未开始'], 'no-data'],
  ] as const)('indicator %i: %s, %j, %s, %j, %s', (n, target, [latestText, latestNote], reached, [expectedText, expectedNote], status) => {
    const r = row(n);
    expect(r.target).toBe(target);
    expect(r.latest).toEqual({ text: latestText, note: latestNote });
    expect(r.reached).toBe(reached);
    expect(r.expected).toEqual({ text: expectedText, note: expectedNote });
    expect(r.status).toBe(status);
    expect(r.filterStatus).toBe(status);
    expect(r.id).toBe(`progress-${n}`);
  });

  // The main targets 2–5 sit under actions by the site's filing: marked, with the rule linked.
  it.each([
    [2, '本站归类', ['main-targets-under-actions']],
    [5, '本站归类', ['main-targets-under-actions']],
    [1, null, []],
    [7, null, []],
  ] as const)('indicator %i is filed with mark %s and rules %j', (n, mark, rules) => {
    expect([row(n).filedMark, row(n).filedRules]).toEqual([mark, rules]);
  });

  // The columns' headers link the rules behind the rows: derived from the assessments, not listed by hand.
  it.each([
    ['group-general', ['straight-line-path'], []],
    ['group-urban-infrastructure', ['cumulative-base', 'straight-line-path'], ['blank-cells']],
    ['group-healthcare', ['cumulative-base', 'every-year-2027-target', 'cumulative-despite-every-year', 'straight-line-path'], ['blank-cells']],
    ['group-consumer-trade-in', ['every-year-2024-target', 'straight-line-path'], ['blank-cells']],
    // 指标17's district target is 超6000辆.
    ['group-recycling', ['straight-line-path'], ['exceed', 'blank-cells']],
  ] as const)('%s: 应完成比例 by %j, 状态 also by %j', (id, expected, status) => {
    const g = page.groups.find((x) => x.id === id)!;
    expect(g.expectedRules).toEqual(expected);
    expect(g.statusRules).toEqual(status);
  });

  it('an indicator without a district target shows dashes and counts as 暂无数据', () => {
    const noTarget = content.indicators.map((i) =>
      i.data.number === 21 ? { ...i, data: { ...i.data, targets: { ...i.data.targets, district2027: '/' } } } : i,
    );
    const c = {
      ...content,
      indicators: noTarget,
      indicatorDepartments: (i: (typeof noTarget)[number]) => content.indicatorDepartments(content.indicator(i.data.number)),
    };
    const p = progressPage(c, pageProgress({ ...content, indicators: noTarget }, today, readings), '/');
    const r = p.groups.flatMap((g) => g.rows).find((x) => x.number === 21)!;
    expect([r.status, r.filterStatus, r.target, r.reached, r.expected]).toEqual([null, 'no-data', '—', '—', { text: '—', note: null }]);
    expect(r.latest).toEqual({ text: '1家', note: '截至2026-06-30，不在目标期内' });
  });

  it('link to the indicator’s progress, under the base path, and carry the bureaus for the filter', () => {
    const p = progressPage(content, pageProgress(content, today, readings), '/zt/liangxin/');
    const r = p.groups.flatMap((g) => g.rows).find((x) => x.number === 7)!;
    expect(r.href).toBe('/zt/liangxin/indicators/charging-piles/#progress');
    expect(r.departmentIds).toBe('development-reform');
    expect(r.responsible).toBe('区发改局');
    expect(p.downloads).toEqual({
      xlsx: '/zt/liangxin/progress/template.xlsx',
      csv: '/zt/liangxin/progress/template.csv',
      rss: '/zt/liangxin/progress/rss.xml',
    });
  });
});

describe('counts and the share chart', () => {
  it.each([
    ['with figures', page, [2, 1, 1, 1, 17]],
    ['without', empty, [0, 0, 0, 0, 22]],
  ])('%s: counts by status', (_, p, counts) => {
    expect(p.statusCounts.map((s) => s.status)).toEqual(['done', 'on-track', 'speed-up', 'behind', 'no-data']);
    expect(p.statusCounts.map((s) => s.count)).toEqual(counts);
  });

  it('draws reached against expected, rounded to two decimals, for indicators with a figure in their period', () => {
    expect(page.shareChart!.summary).toBe('5 项指标有报送数据，其中 2 项已完成，2 项完成比例明显低于时间进度（需加快或滞后）。');
    expect(page.shareChart!.spec).toEqual({
      type: 'bar',
      unit: '%',
      labels: ['指标3', '指标7', '指标8', '指标12', '指标21'],
      series: [
        { label: '完成比例', data: [115.33, 50, 20, 60, 100] },
        { label: '按时间进度应完成比例', data: [90.22, 50.03, 37.44, 74.79, 62.42] },
      ],
    });
    expect(page.shareChart!.rows[0]).toEqual({ id: 'share-3', label: '指标3：关键工序数控化率', reached: '115.33%', expected: '90.22%', asOf: '2025-12-31' });
  });

  it.each([
    [0.5, 50],
    [0.123449, 12.34],
    [0.123451, 12.35],
    [1.153333, 115.33],
    [0, 0],
  ])('chart value of share %d: %d', (share, value) => {
    expect(chartPercent(share)).toBe(value);
  });

  it('without figures there is no share chart, and the page says so', () => {
    expect(empty.shareChart).toBeNull();
    expect([empty.hasFigures, empty.latestAsOf]).toEqual([false, '尚无报送数据']);
    expect([page.hasFigures, page.latestAsOf]).toEqual([true, '2026-09-30']);
  });
});

describe('filters', () => {
  it('offer every status, and every responsible bureau once, in the order the rows first name them', () => {
    expect(page.filters.statuses.map((o) => o.label)).toEqual(['已完成', '进度正常', '需加快', '滞后', '暂无数据']);
    expect(page.filters.departments.map((o) => o.value)).toEqual([
      // Indicator 1 is 各牵头单位: every action's lead, by action.
      'science-technology-economy',
      'housing-construction',
      'agriculture-rural',
      'education',
      'culture-tourism',
      'health',
      'commerce',
      'development-reform',
      'urban-management',
      'civil-affairs',
    ]);
    expect(page.filters.departments[0]).toEqual({ value: 'science-technology-economy', label: '区科技经信局' });
  });
});

describe('the four-level chart of the indicators measured in per cent', () => {
  const { levelChart } = page;
  it('covers indicators 1–6 and 11, and counts those whose district target equals the city’s', () => {
    expect(levelChart.spec.labels).toEqual(['指标1', '指标2', '指标3', '指标4', '指标5', '指标6', '指标11']);
    expect(levelChart.summary).toBe('7 项以百分比计的指标中，区级2027年目标与市级相同的有 6 项；以数量计的指标各级相差悬殊，见各指标页的四级目标表。');
  });

  it.each([
    ['国家级2027年目标', [25, 90, 75, 45, 30, null, null]],
    ['省级2027年目标', [25, 90, 75, 45, 30, null, 85]],
    ['市级2027年目标', [25, 90, 75, 45, 30, null, 80]],
    ['区级2027年目标', [25, 90, 75, 45, 30, null, 80]],
  ])('%s: %j', (label, data) => {
    expect(levelChart.spec.series.find((s) => s.label === label)!.data).toEqual(data);
  });

  it.each([
    ['level-chart-2', '指标2：规模以上工业企业数字化研发设计工具普及率', ['90%', '90%', '90%', '90%']],
    ['level-chart-6', '指标6：工业技改投资增长率', [null, null, null, null]],
    ['level-chart-11', '指标11：新能源公交车占比', [null, '85%', '80%', '80%']],
  ])('table row %s', (id, label, values) => {
    const r = levelChart.rows.find((x) => x.id === id)!;
    expect(r.label).toBe(label);
    expect(r.cells.map((c) => c.value)).toEqual(values);
    expect(r.cells.map((c) => c.label)).toEqual(levelChart.headers);
  });
});

describe('the method and the working-out', () => {
  it('states the thresholds the status uses and names the build date as the page’s date, linking the rules instead of restating them', () => {
    const method = methodText('2026-12-01');
    expect(method).toHaveLength(5);
    expect(method[3]!.text).toContain('进度比不低于 0.95 为“进度正常”；在 0.6 至 0.95 之间为“需加快”；低于 0.6，或目标期已结束仍未达到目标，为“滞后”');
    expect(method[3]!.rules).toEqual(['exceed']);
    expect(method[2]!.rules).toContain('straight-line-path');
    expect(method[4]!.text).toBe('尚无报送数据的指标，按本页生成日期 2026-12-01 计算应完成比例。截至日期晚于生成日期的数值不计入。');
    // The rules are stated on /about/method/ only: the method says 直线路径 but not how the rule reads.
    expect(method.map((m) => m.text).join('')).not.toContain('超”的须高于');
    expect(method.map((m) => m.text).join('')).not.toContain('今天');
    expect(page.method).toEqual(method);
  });

  it('works out every indicator, every target', () => {
    expect(page.arithmetic.map((a) => a.id)).toEqual(content.indicators.map((i) => `arithmetic-${i.data.number}`));
    const elevators = page.arithmetic.find((a) => a.id === 'arithmetic-8')!;
    expect(elevators.title).toBe('指标8：更新和加装电梯');
    expect(elevators.steps[0]).toEqual({ text: '2027年目标 100台：截至 2025-06-30 报送 20台，完成比例 20台 ÷ 100台 = 20%。', rules: [] });
    expect(elevators.steps[1]!.rules).toEqual(['cumulative-base', 'straight-line-path']);
    // Indicator 14 sets a 2024 target only: two steps (no figure in its period, what was expected).
    expect(page.arithmetic.find((a) => a.id === 'arithmetic-14')!.steps).toHaveLength(2);
  });
});

describe('about the data', () => {
  it.each([
    [false, '本站只发布各单位正式报送的数据，不包含任何示例或估算数值。'],
    [true, '本演示站的数值为虚构的示例数据，正式网站不包含这些数据。'],
  ])('sample data %s', (sample, end) => {
    const p = progressPage(content, pageProgress(content, today, readings, sample), '/');
    expect(p.hasSample).toBe(sample);
    expect(p.aboutData).toBe(`进展数据由各责任单位定期报送，经导入检查后发布；本页按计划定时重新生成。${end}`);
  });

  it('counts the indicators instead of writing 22 into the page', () => {
    expect(page.indicatorCount).toBe(22);
    expect(page.description).toBe('伍家岗区“两新”22项目标指标的完成进展：报送数值、完成比例、时间进度与状态。');
  });
});
