import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/config/buildDate.ts';

describe('buildDate', () => {
  it.each([
    [{ BUILD_DATE: '2025-12-31' }, '2025-12-31'],
    [{ BUILD_DATE: ' 2024-02-29 ' }, '2024-02-29'],
    [{}, '2026-11-30'],
    [{ BUILD_DATE: '' }, '2026-11-30'],
  ])('%j → %s', (env, date) => {
    expect(buildDate(env, new Date('2026-11-29T20:00:00Z'))).toBe(date);
  });
  it.each(['2025-13-01', '2025-02-30', '20251231', 'tomorrow'])('rejects %s', (bad) => {
    expect(() => buildDate({ BUILD_DATE: bad })).toThrow(/BUILD_DATE/);
  });
});
