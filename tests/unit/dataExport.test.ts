/**
 * The download records and columns, checked against the content and the source document's table:
 * records made from the 送审稿 (copyContent's reviewDraft: the frozen copy once staff have frozen
 * it), whose 附件2 the source document is.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { BOM } from '../../src/export/csv.ts';
import {
  DATA_FORMAT_VERSION,
  columnDescription,
  datasetCsv,
  datasetJson,
  indicatorDownloadColumns,
  indicatorExport,
  progressDownloadColumns,
  ruleHeaderNote,
  shareAgreement,
  targetExport,
} from '../../src/export/dataExport.ts';
import { parseTargetCell, targetColumns } from '../../src/model/targets.ts';
import { parseCsv } from '../helpers/csvParse.ts';
import { copyContent } from '../helpers/contentCopy.ts';
import { annexRows } from '../helpers/sourceDocument.ts';

const draft = copyContent({ reviewDraft: true });
afterAll(() => draft.remove());
const { content } = readContent(draft.dir);
const rows = annexRows();
const records = content.indicators.map((i) =>
  indicatorExport(i.data, {
    responsible: i.data.responsible.map((id) => ({ id, name: content.departments.find((d) => d.data.id === id)!.data.name })),
    action: i.data.action ? { slug: i.data.action, title: content.actions.find((a) => a.data.slug === i.data.action)!.data.title } : null,
    url: `https://example.gov.cn/indicators/${i.data.slug}/`,
    version: '送审稿',
  }),
);

describe('targetExport', () => {
  it.each([
    ['25%', { raw: '25%', kind: 'value', value: 25, unit: '%', qualifier: null }],
    ['84.50%', { raw: '84.50%', kind: 'value', value: 84.5, unit: '%', qualifier: null }],
    ['超75万辆', { raw: '超75万辆', kind: 'value', value: 750000, unit: '辆', qualifier: '超' }],
    ['2万户以上', { raw: '2万户以上', kind: 'value', value: 20000, unit: '户', qualifier: '以上' }],
    ['780万台套', { raw: '780万台套', kind: 'value', value: 7800000, unit: '台套', qualifier: null }],
    ['/', { raw: '/', kind: 'none', value: null, unit: null, qualifier: null }],
    ['', { raw: '', kind: 'blank', value: null, unit: null, qualifier: null }],
  ])('%j', (raw, expected) => expect(targetExport(parseTargetCell(raw)!)).toEqual(expected));
});

describe('shareAgreement', () => {
  it.each([
    [null, null],
    [{ percent: 10, stated: null }, null],
    [{ percent: 10, stated: 10 }, true],
    [{ percent: 5.13, stated: 5.13 }, true],
    [{ percent: 12, stated: 10 }, false],
  ])('%o → %s', (share, expected) => expect(shareAgreement(share)).toBe(expected));
});

describe.each(rows)('indicator $number $name: record agrees with 附件2', (row) => {
  const r = records.find((x) => x.number === row.number)!;
  it('carries every target cell exactly as the table writes it', () => {
    expect(targetColumns.map((c) => r.targets[c.key].raw)).toEqual(row.cells);
  });
  it('gives each figure as a number that the written cell states', () => {
    for (const c of targetColumns) {
      const t = r.targets[c.key];
      if (t.kind !== 'value') continue;
      const wan = t.raw.includes('万') ? 10000 : 1;
      expect(t.raw, c.key).toContain(String(t.value! / wan));
      expect(t.raw, c.key).toContain(t.unit);
      if (t.qualifier) expect(t.raw, c.key).toContain(t.qualifier);
    }
  });
  it('has the name and 备注 of the table', () => {
    expect(r.name).toBe(row.name);
    if (row.remark) expect(r.origin).toBe(row.remark);
  });
  it('agrees with any share 备注 states', () => {
    const stated = /^占全市(.+)%$/.exec(r.origin);
    if (stated) {
      expect(r.share?.statedPercent).toBe(Number(stated[1]));
      expect(r.share?.agrees).toBe(true);
    } else {
      expect(r.share?.statedPercent ?? null).toBeNull();
    }
  });
});

it('computes the district share for counts only, e.g. 100台 ÷ 1000台 = 10% for elevators', () => {
  const elevators = records.find((r) => r.slug === 'elevators')!;
  expect(elevators.share).toEqual({ year: 2027, computedPercent: 10, statedPercent: 10, agrees: true });
  expect(records.find((r) => r.measure === 'growth')!.share).toBeNull();
  expect(records.find((r) => r.measure === 'rate')!.share).toBeNull();
});

describe('CSV of all indicators', () => {
  const csv = datasetCsv(indicatorDownloadColumns, records);
  const table = parseCsv(csv.slice(BOM.length));
  it('has the BOM, a header row and one row per indicator, all the same width', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(table[0]).toEqual(indicatorDownloadColumns.map((c) => c.header));
    expect(table).toHaveLength(rows.length + 1);
    for (const line of table) expect(line).toHaveLength(indicatorDownloadColumns.length);
  });
  it('has unique headers and four columns (written, number, unit, qualifier) per target cell', () => {
    expect(new Set(table[0]).size).toBe(table[0]!.length);
    expect(table[0]!.filter((h) => /级20\d\d年（/.test(h))).toHaveLength(targetColumns.length * 4);
  });
  it('never starts a text cell with a formula character', () => {
    for (const line of table.slice(1)) for (const cell of line) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

it('JSON carries the version, the generation date, the kind of each field and the records', () => {
  const json = JSON.parse(
    datasetJson(
      { generated: '2026-11-30', source: '方案', status: '送审稿', dictionary: 'https://x/data/dictionary/', versions: [] },
      'indicators',
      records,
      indicatorDownloadColumns,
    ),
  ) as { version: string; generated: string; indicators: unknown[]; fields: { path: string; kind: string; rules: string[] }[] };
  expect(json.version).toBe(DATA_FORMAT_VERSION);
  expect(json.generated).toBe('2026-11-30');
  expect(json.indicators).toEqual(records);
  expect(json.fields.find((f) => f.path === 'measureLabel')).toEqual({
    path: 'measureLabel',
    kind: '计算口径',
    rules: ['cumulative-base', 'every-year-2024-target', 'every-year-2027-target', 'cumulative-despite-every-year'],
  });
  expect(json.fields.find((f) => f.path === 'name')?.kind).toBe('原文');
});

describe('every column says whose statement it is', () => {
  const register = new Set(content.readings.map((e) => e.data.id));
  it.each([...indicatorDownloadColumns, ...progressDownloadColumns].map((c) => [c.header, c] as const))('%s', (_, c) => {
    // A column counted by a 计算口径 says so in its header and its dictionary text, and names its
    // rules (the dictionary links them); no other header does, and no column speaks of 本站解读.
    expect(c.header.includes(ruleHeaderNote)).toBe(c.kind === '计算口径');
    if (c.kind === '计算口径') {
      expect(c.description).toContain('计算口径');
      expect(c.rules?.length).toBeGreaterThan(0);
    }
    expect(`${c.header}${columnDescription(c, 22)}`).not.toContain('本站解读');
    for (const id of c.rules ?? []) expect(register, `${c.header}：${id}`).toContain(id);
  });
});

describe('the cells the site filled are marked in the downloads (issue 23)', () => {
  const table = parseCsv(datasetCsv(indicatorDownloadColumns, records).slice(1));
  it.each(rows.map((r) => [r.number, r] as const))('indicator %i', (n, row) => {
    const r = records.find((x) => x.number === n)!;
    // Blank in the source table → not 原文: 指标类型 本站归类, 责任单位 and 备注 按合并单元格补全.
    expect(r.cellSources).toEqual({
      type: row.type ? '原文' : '本站归类',
      responsible: row.responsible ? '原文' : '按合并单元格补全',
      remark: row.remark ? '原文' : '按合并单元格补全',
    });
    const line = table.find((l) => l[0] === String(n))!;
    expect(line.slice(-3)).toEqual([r.cellSources.type, r.cellSources.responsible, r.cellSources.remark]);
  });
  it('19 of 22 types and 5 bureaus and 1 备注 are filled, as the source leaves them blank', () => {
    expect(records.filter((r) => r.cellSources.type === '本站归类')).toHaveLength(19);
    expect(records.filter((r) => r.cellSources.responsible !== '原文').map((r) => r.number)).toEqual([13, 17, 19, 20, 22]);
    expect(records.filter((r) => r.cellSources.remark !== '原文').map((r) => r.number)).toEqual([22]);
  });
});

it('the 来源 columns come last (format 4.0), after every column of earlier formats, the 版本 column before them', () => {
  expect(indicatorDownloadColumns.slice(-4).map((c) => c.header)).toEqual(['版本', '指标类型来源', '责任单位来源', '备注来源']);
  expect(indicatorDownloadColumns.at(-4)).toMatchObject({ header: '版本', jsonPath: 'version', kind: '本站整理' });
  expect(DATA_FORMAT_VERSION).toBe('4.0');
  // Each row's 版本 cell is the version the record was made for, read back from the CSV itself.
  const csv = parseCsv(datasetCsv(indicatorDownloadColumns, records).slice(1));
  expect(csv.slice(1).map((row) => row.at(-4))).toEqual(rows.map(() => '送审稿'));
});
