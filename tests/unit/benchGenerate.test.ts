/** The benchmark's synthetic content: scaled copies and progress reports that pass the real content checks. */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateScaledContent } from '../../scripts/bench/generate.ts';
import { quarters, syntheticReports, syntheticValue } from '../../scripts/bench/syntheticProgress.ts';
import { readContent } from '../../src/checks/readContent.ts';

// As in npm run bench: the numbering limits are lifted before the schemas are first imported, and
// the invented progress figures are marked sample, so the checks must allow sample data.
vi.hoisted(() => {
  process.env.BENCH_SYNTHETIC_CONTENT = '1';
  process.env.SAMPLE_DATA = '1';
});
afterAll(() => {
  delete process.env.BENCH_SYNTHETIC_CONTENT;
  delete process.env.SAMPLE_DATA;
});

describe('quarters', () => {
  it('runs across year ends with 报告期 names and quarter-end dates', () => {
    expect(quarters([2024, 4], [2025, 1])).toEqual([
      { period: '2024年第四季度', stem: '2024-q4', asOf: '2024-12-31' },
      { period: '2025年第一季度', stem: '2025-q1', asOf: '2025-03-31' },
    ]);
    expect(quarters([2024, 4], [2026, 3])).toHaveLength(8);
  });
});

describe('syntheticValue', () => {
  it.each([
    // Cumulative and growth: a straight path over the 48 months of 2024–2027.
    [{ unit: '个', measure: 'cumulative' }, 3000, '2025-12-31', 1500],
    [{ unit: '个', measure: 'cumulative' }, 1000, '2024-03-31', 63],
    [{ unit: '%', measure: 'growth' }, 45, '2024-12-31', 11.3],
    // Annual: from 0 to the target within each year.
    [{ unit: '台', measure: 'annual' }, 120, '2025-06-30', 60],
    [{ unit: '台', measure: 'annual' }, 120, '2026-12-31', 120],
    // Rates stay within 0–100.
    [{ unit: '%', measure: 'rate' }, 84.5, '2027-12-31', 84.5],
    [{ unit: '%', measure: 'rate' }, 150, '2027-12-31', 100],
  ] as const)('%o, target %d, as of %s → %d', (ind, target, asOf, value) => expect(syntheticValue(ind, target, asOf)).toBe(value));
});

describe('syntheticReports', () => {
  const ind = (number: number, responsible: string[], district2027: string) => ({
    number,
    unit: '个',
    measure: 'cumulative' as const,
    responsible,
    targets: { national2027: '/', province2024: '/', province2027: '/', city2024: '/', city2027: '/', district2024: '/', district2027 },
  });

  it('gives one sample report per bureau and quarter, leaving out indicators no single bureau or number covers', () => {
    const out = syntheticReports(
      [ind(1, ['commerce'], '100个'), ind(2, ['commerce', 'health'], '200个'), ind(3, [], '10个'), ind(4, ['health'], '/')],
      quarters([2025, 1], [2025, 2]),
    );
    expect(out.map((r) => r.file)).toEqual(['2025-q1-commerce.json', '2025-q2-commerce.json']);
    expect(out[0]!.report).toMatchObject({ period: '2025年第一季度', department: 'commerce', sample: true });
    expect(out[0]!.report.rows.map((r) => [r.indicator, r.asOf, r.value])).toEqual([
      [1, '2025-03-31', 31],
      [2, '2025-03-31', 63],
    ]);
  });
});

describe('generateScaledContent', () => {
  const dir = generateScaledContent(2);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('doubles actions, measures and indicators and passes the content check with its progress reports', () => {
    const { content, issues } = readContent(dir);
    expect(issues).toEqual([]);
    expect(content.actions).toHaveLength(20);
    expect(content.measures).toHaveLength(8);
    expect(content.indicators).toHaveLength(44);
    const reported = new Set(content.progress.flatMap((r) => r.data.rows.map((row) => row.indicator)));
    // Both copies of indicator 7 (charging piles, 区发改局) are reported, every quarter.
    expect(reported.has(7) && reported.has(29)).toBe(true);
    expect(content.progress.filter((r) => r.data.rows.some((row) => row.indicator === 29))).toHaveLength(8);
    expect(readdirSync(join(dir, 'progress')).filter((f) => f.endsWith('.json')).length).toBe(content.progress.length);
  });
});
