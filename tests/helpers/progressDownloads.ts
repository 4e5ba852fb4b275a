/**
 * Reads the progress downloads of a built site and checks them against each other: the CSV
 * (BOM, CRLF, header row, Excel-safe cells), the JSON, and the per-indicator files, which must be
 * exactly the whole files' rows for that indicator. Shared by the site tests of the two test
 * builds and of the builds with reported (or example) figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { progressDownloadColumns, progressTargetYears, type ProgressExport } from '../../src/export/dataExport.ts';
import { parseCsv } from './csvParse.ts';

export interface ProgressDownloads {
  header: string[];
  body: string[][];
  json: { version: string; generated: string; sample: boolean; latestAsOf: string | null; records: ProgressExport[] } & Record<string, unknown>;
  /** A column's cells, by header. */
  column: (header: string) => string[];
}

function readCsv(dir: string, path: string): string[][] {
  const bytes = readFileSync(join(dir, path));
  expect([...bytes.subarray(0, 3)], `${path} BOM`).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  // Every line ends CRLF (no cell holds a line break).
  expect(text.endsWith('\r\n'), path).toBe(true);
  expect(text.split('\r\n').join(''), path).not.toMatch(/[\r\n]/);
  return parseCsv(text);
}

const formulaStart = /^[=+\-@\t\r]/;

/**
 * The value at a column's JSON path. Every field is present, null when empty (a pace where the
 * status does not rest on the figure); only a path through null (no district target that year)
 * or past the end of an array (the latest revision of a figure never revised) has no value.
 */
function valueAt(record: ProgressExport, path: string): unknown {
  let o: unknown = record;
  for (const k of path.split('.')) {
    if (o === null) return null;
    if (Array.isArray(o) && !(k in o)) return undefined;
    if (typeof o !== 'object' || !(k in o)) throw new Error(`JSON 记录缺少字段 ${path}（missing field）`);
    o = (o as Record<string, unknown>)[k];
  }
  return o;
}

/** The CSV text of a JSON field, as a spreadsheet-safe writer must write it. */
function expectedCell(record: ProgressExport, path: string): string {
  const v = valueAt(record, path);
  if (v === null || v === undefined) return '';
  if (path === 'sample') return v ? '示例数据（虚构）' : '正式报送';
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw new Error(`${path} 应为单个值（a column is one value）`);
  const s = String(v);
  return typeof v === 'string' && formulaStart.test(s) ? `'${s}` : s;
}

export function readProgressDownloads(dir: string, slugs: readonly string[]): ProgressDownloads {
  const [header, ...body] = readCsv(dir, 'data/progress.csv') as [string[], ...string[][]];
  const json = JSON.parse(readFileSync(join(dir, 'data/progress.json'), 'utf8')) as ProgressDownloads['json'];

  expect(header).toEqual(progressDownloadColumns.map((c) => c.header));
  expect(json.version).toMatch(/^\d+\.\d+$/);
  expect(json.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(typeof json.sample).toBe('boolean');
  expect(Array.isArray(json.records)).toBe(true);
  expect(body).toHaveLength(json.records.length);
  for (const [i, row] of body.entries()) {
    expect(row).toHaveLength(header.length);
    for (const cell of row) expect(cell).not.toMatch(formulaStart);
    for (const [j, c] of progressDownloadColumns.entries()) expect(row[j], `row ${i + 2} ${c.header}`).toBe(expectedCell(json.records[i]!, c.jsonPath));
  }
  // A target's numbers are on the row its status rests on, and only there: elsewhere completion,
  // expected share, pace and status are all null in the JSON, so empty cells in the CSV.
  for (const r of json.records) {
    for (const year of progressTargetYears) {
      const a = r.assessments[year];
      if (a === null) continue;
      const figures = [a.reachedPercent, a.expectedPercent, a.pace, a.status, a.statusLabel];
      if (a.basis)
        expect(
          figures.map((x) => typeof x),
          `${r.indicatorSlug} ${r.asOf} ${year}`,
        ).toEqual(['number', 'number', 'number', 'string', 'string']);
      else expect(figures, `${r.indicatorSlug} ${r.asOf} ${year}`).toEqual([null, null, null, null, null]);
    }
  }
  // The JSON says the build has example data exactly when some row does.
  expect(json.sample).toBe(json.records.some((r) => r.sample));

  const slugCol = header.indexOf('指标标识');
  for (const slug of slugs) {
    expect(readCsv(dir, `data/progress/${slug}.csv`), slug).toEqual([header, ...body.filter((r) => r[slugCol] === slug)]);
    const one = JSON.parse(readFileSync(join(dir, `data/progress/${slug}.json`), 'utf8')) as ProgressDownloads['json'];
    expect(one.version).toBe(json.version);
    expect(one.generated).toBe(json.generated);
    expect(one.sample).toBe(json.sample);
    expect(one.records, slug).toEqual(json.records.filter((r) => r.indicatorSlug === slug));
  }
  return { header, body, json, column: (h) => body.map((r) => r[header.indexOf(h)]!) };
}
