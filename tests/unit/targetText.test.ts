/**
 * 附件2's district targets against the figures of the plan's text (src/checks/targetTextCheck.ts):
 * a typo in either is refused, the document's own disagreements pass only as registered in
 * content/discrepancies.json, and a registered one that has gone is stale. The disagreements the
 * register must hold are worked out from the source document here, without the code under test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/checks/issue.ts';
import { readContent } from '../../src/checks/readContent.ts';
import { targetTextCheck, targetTextDisagreements } from '../../src/checks/targetTextCheck.ts';
import { assignQuantities, quantitiesIn, yearBefore } from '../../src/model/textFigures.ts';
import { applyVersionEdits, readVersionEdits } from '../../scripts/lib/versionEdits.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';
import { annexRows, planLines } from '../helpers/sourceDocument.ts';

const units = ['个', '台', '台套', '套', '%'];
const years = [2024, 2027];

describe('reading the numbers of a sentence', () => {
  it.each([
    ['a count', '更新供水设施40套', '', [['40套', null]]],
    ['the longest unit the content uses', '每年更新CT、DR、彩超等设备10台套', '力争到2027年，', [['10台套', 2027]]],
    ['a unit the content never uses: the measure word after the number', '改造病床60张', '', [['60张', null]]],
    [
      'two years in one sentence',
      '2024年新增和改造充电桩（含自用桩）1050个，累计到2027年新增和改造充电桩（含自用桩）3000个',
      '',
      [
        ['1050个', 2024],
        ['3000个', 2027],
      ],
    ],
    ['a base year is not a target year', '二手车交易量较2023年增长45%', '到2027年，重点领域投资较2023年增长25%以上。', [['45%', 2027]]],
    [
      'qualifiers are left out',
      '规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过84.5%、64%',
      '2024年，',
      [
        ['84.5%', 2024],
        ['64%', 2024],
      ],
    ],
    ['万 and a unit', '家电回收量达2万台套', '', [['2万台套', null]]],
    ['dates, 5G and letters are not figures', '于5月31日至6月3日打造“5G+”应用场景', '', []],
    ['full-width percent', '占比达80％', '', [['80%', null]]],
  ] as const)('%s', (_, text, before, expected) => {
    expect(quantitiesIn(text, units, years, before).map((q) => [q.raw, q.year])).toEqual(expected);
  });

  it('reads 万 as the table does', () => {
    expect(quantitiesIn('交易超7.8万辆', ['辆'], years)[0]).toMatchObject({ value: 78000, unit: '辆' });
  });

  it.each([
    ['力争到2027年，', 2027],
    ['2024年，全区', 2024],
    ['较2023年增长', null],
    ['到2027年，较2024年', 2027],
    ['', null],
  ] as const)('the target year of %j is %s', (text, year) => {
    expect(yearBefore(text, years)).toBe(year);
  });

  it.each([
    ['one indicator takes every number', ['a', 'b'], [7], [7, 7]],
    ['as many indicators as numbers pair in order (分别)', ['a', 'b'], [2, 3], [2, 3]],
    ['otherwise it cannot be told', ['a'], [2, 3], null],
  ] as const)('%s', (_, quantities, indicators, expected) => {
    expect(assignQuantities(quantities, indicators)?.map((a) => a.indicator) ?? null).toEqual(expected);
  });
});

/**
 * From the document alone: each district cell of 附件2 with a value, against the numbers the plan
 * text (工作目标 and 重点任务) writes with the same value. A cell agrees when one of them has its
 * unit; otherwise the text's figure (not a percentage, for a count) is the other side. The units
 * are listed here, not taken from the code, and this only holds because the document writes each
 * target's number in the text, which the assertions below confirm.
 */
function documentDisagreements() {
  const from = planLines.findIndex((l) => l.startsWith('（二）工作目标'));
  const to = planLines.indexOf('三、保障措施');
  const text = planLines.slice(from, to).join('\n');
  const tokens = [...text.matchAll(/(\d+(?:\.\d+)?)(万)?(台套|个|台|套|辆|户|间|家|张|%)/gu)].map((m) => ({
    value: Number(m[1]) * (m[2] ? 10000 : 1),
    unit: m[3]!,
    raw: `${m[1]}${m[2] ?? ''}${m[3]}`,
  }));
  const keys = ['district2024', 'district2027'] as const;
  const out: { indicator: number; cell: string; tableValue: string; textValue: string }[] = [];
  for (const row of annexRows()) {
    keys.forEach((cell, k) => {
      const raw = row.cells[5 + k]!;
      const m = /^(?:超)?(\d+(?:\.\d+)?)(万)?(.+?)(?:以上)?$/u.exec(raw);
      if (!m) return;
      const value = Number(m[1]) * (m[2] ? 10000 : 1);
      const same = tokens.filter((t) => t.value === value);
      expect(same.length, `指标${row.number} ${raw} 的数值应在正文中出现`).toBeGreaterThan(0);
      if (same.some((t) => t.unit === m[3])) return;
      const other = same.filter((t) => (m[3] === '%') === (t.unit === '%'));
      expect(other, `指标${row.number} ${raw}`).toHaveLength(1);
      out.push({ indicator: row.number, cell, tableValue: raw, textValue: other[0]!.raw });
    });
  }
  return out;
}

describe('today’s content', () => {
  const { content, issues } = readContent('content');
  const expected = documentDisagreements();

  it('the document itself has exactly these disagreements between 附件2 and its text', () => {
    expect(expected).toEqual([
      { indicator: 12, cell: 'district2027', tableValue: '10台', textValue: '10台套' },
      { indicator: 13, cell: 'district2027', tableValue: '60个', textValue: '60张' },
    ]);
  });

  it('the register holds each of them, and nothing else', () => {
    const registered = content.discrepancies.flatMap((d) => d.data.cells);
    expect(registered).toEqual(expected);
  });

  it('the check finds the same ones in the content, and no problem', () => {
    expect(targetTextDisagreements(content).map(({ indicator, cell, tableValue, textValue }) => ({ indicator, cell, tableValue, textValue }))).toEqual(
      expected,
    );
    expect(targetTextCheck({ ...content, registerFile: 'content/discrepancies.json' })).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('every district target with a value is compared with a figure of the text', () => {
    const compared = new Set(
      targetTextDisagreements({
        ...content,
        // Every cell set to a number no text gives: each one compared shows up as a disagreement.
        indicators: content.indicators.map((e) => ({
          ...e,
          data: { ...e.data, targets: { ...e.data.targets, district2024: '99999个', district2027: '99999个' } },
        })),
      }).map((d) => `${d.indicator}|${d.cell}`),
    );
    const withValue = annexRows().flatMap((r) => [
      ...(/\d/.test(r.cells[5]!) ? [`${r.number}|district2024`] : []),
      ...(/\d/.test(r.cells[6]!) ? [`${r.number}|district2027`] : []),
    ]);
    for (const cell of withValue) expect(compared, cell).toContain(cell);
  });
});

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

const all = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
type Edit = [file: string, from: string | RegExp, to: string];

const refused: [string, Edit[], string[]][] = [
  [
    'a typo in a target: 3000个 written 300个',
    [['indicators/07-charging-piles.json', '"district2027": "3000个"', '"district2027": "300个"']],
    [
      '/indicators/07-charging-piles.json',
      'targets.district2027（区2027年目标）',
      '应与方案正文一致',
      '方案正文 二、（二）城市基础设施更新行动中2027年的目标为 3000个',
      '累计到2027年新增和改造充电桩（含自用桩）3000个',
      '如是笔误，请改为 "3000个"',
      'discrepancies.json 所涉条目的 cells 中登记 {"indicator":7,"cell":"district2027","tableValue":"300个","textValue":"3000个"}',
      '实际为 "300个"',
    ],
  ],
  [
    'a typo in a 2024 target: the year is told apart',
    [['indicators/07-charging-piles.json', '"district2024": "1050个"', '"district2024": "3000个"']],
    ['targets.district2024（区2024年目标）', '2024年的目标为 1050个', '请改为 "1050个"'],
  ],
  [
    'a main target against 一、总体要求',
    [['indicators/04-used-car-trade-growth.json', '"district2027": "45%"', '"district2027": "40%"']],
    ['04-used-car-trade-growth.json', 'targets.district2027', '方案正文 一、总体要求（二）工作目标中2027年的目标为 45%', 'general.mdx 的 figures.6.text'],
  ],
  [
    'the second of two indicators of one 分别 sentence',
    [['indicators/03-cnc-key-processes.json', '"district2024": "64%"', '"district2024": "84.5%"']],
    ['03-cnc-key-processes.json', 'targets.district2024', '2024年的目标为 64%'],
  ],
  [
    'a qualifier is kept in what to write',
    [['indicators/01-equipment-investment.json', '"district2027": "25%"', '"district2027": "20%以上"']],
    ['01-equipment-investment.json', '2027年的目标为 25%', '请改为 "25%以上"'],
  ],
  [
    'a target the text sets left out of the table',
    [['indicators/07-charging-piles.json', '"district2024": "1050个"', '"district2024": "/"']],
    ['targets.district2024（区2024年目标）', '如是漏填，请填写 "1050个"', '实际为 "/"'],
  ],
  [
    'a typo in the text: the table is then the other side',
    [
      ['actions/05-education.mdx', all('计算机800台'), '计算机900台'],
      ['indicators/18-school-computers.json', '计算机800台', '计算机900台'],
      ['indicators/19-classroom-terminals.json', '计算机800台', '计算机900台'],
    ],
    ['18-school-computers.json', 'targets.district2027', '2027年的目标为 900台', '实际为 "800台"'],
  ],
  [
    'a real disagreement taken out of the register',
    [['discrepancies.json', /,\n\s*"cells": \[\{ "indicator": 12[^\]]*\]/, '']],
    [
      '12-medical-equipment.json',
      'targets.district2027（区2027年目标）',
      '10台套',
      '{"indicator":12,"cell":"district2027","tableValue":"10台","textValue":"10台套"}',
    ],
  ],
  [
    'a registered disagreement that has gone: the text corrected',
    [
      ['actions/07-healthcare.mdx', all('改造病床60张'), '改造病床60个'],
      ['indicators/12-medical-equipment.json', '改造病床60张', '改造病床60个'],
      ['indicators/13-hospital-beds.json', '改造病床60张', '改造病床60个'],
      ['discrepancies.json', '"text": "改造病床60张"', '"text": "改造病床60个"'],
    ],
    ['discrepancies.json', '4.cells.0（表文不一致的目标值）', '登记的表文不一致已不存在', '区2027年目标现为 "60个"，正文为 60个', '请删除这一项'],
  ],
  [
    'a disagreement registered that the document does not have',
    [['discrepancies.json', '"tableValue": "60个", "textValue": "60张"', '"tableValue": "60个", "textValue": "50张"']],
    ['discrepancies.json', '4.cells.0', '已不存在', '正文为 60张', '13-hospital-beds.json', '"textValue":"60张"'],
  ],
  [
    'a registered cell of an indicator the entry does not list',
    [['discrepancies.json', '"indicators": [13],', '"indicators": [12],']],
    ['discrepancies.json', '4.indicators（指标序号）', '应列出指标 13'],
  ],
  [
    'a figure naming two indicators with one number',
    [['actions/07-healthcare.mdx', 'indicators: [13]', 'indicators: [12, 13]']],
    ['07-healthcare.mdx', 'figures.1.indicators（指标序号）', '原文有 1 个数值（60张）'],
  ],
  [
    'a figure of 一、总体要求 not in its text',
    [['plan/general.mdx', 'text: "二手车交易量增长15%"', 'text: "二手车交易量增长16%"']],
    ['general.mdx', 'figures.2.text（原文）', '应为本部分正文中原样出现的文字'],
  ],
];

describe('refused, with file, field, what the text says and what to do', () => {
  it.each(refused)('%s', (_, edits, expected) => {
    copy = copyContent();
    for (const [file, from, to] of edits) copy.edit(file, from, to);
    const { issues } = readContent(copy.dir);
    const message = formatIssues(issues);
    expect(issues.length).toBeGreaterThan(0);
    for (const part of expected) expect(message).toContain(part);
  });
});

describe('accepted', () => {
  it.each([
    ['a qualifier the text does not write (25% → 25%以上)', 'indicators/01-equipment-investment.json', '"district2027": "25%"', '"district2027": "25%以上"'],
    ['the same number written differently (84.50% as 84.5%)', 'indicators/02-digital-design-tools.json', '"district2024": "84.50%"', '"district2024": "84.5%"'],
  ])('%s', (_, file, from, to) => {
    copy = copyContent();
    copy.edit(file, from, to);
    expect(readContent(copy.dir).issues).toEqual([]);
  });

  it('the demo’s invented 印发稿 (examples/versions/issued.json) changes table and text alike', () => {
    copy = copyContent();
    applyVersionEdits(copy.dir, readVersionEdits('examples/versions/issued.json'));
    const { content } = readContent(copy.dir);
    // The invented value carries its mark, which the table's and the text's figures both read past.
    expect(content.indicators.find((i) => i.data.number === 20)?.data.targets.district2027).toBe('24间（示例数据）');
    expect(targetTextCheck({ ...content, registerFile: 'discrepancies.json' })).toEqual([]);
  });
});
