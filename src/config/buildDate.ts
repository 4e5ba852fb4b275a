/**
 * "Today" for everything date-dependent (progress status, which policies are in force): the
 * BUILD_DATE environment variable (YYYY-MM-DD) when set, so builds are reproducible and tests
 * can fix the date; otherwise the clock, read as a date in China Standard Time.
 */
import { isoDate } from '../model/format.ts';
import { buildDateSetting, type Env } from './env.ts';

export function buildDate(env: Env = process.env, now: Date = new Date()): string {
  const fixed = buildDateSetting(env);
  if (fixed) {
    const d = new Date(`${fixed}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(d.getTime()) || isoDate(new Date(d.getTime() - 8 * 3600 * 1000)) !== fixed) {
      throw new Error(`BUILD_DATE 应为有效日期 YYYY-MM-DD（BUILD_DATE must be a date），实际为 "${fixed}"`);
    }
    return fixed;
  }
  return isoDate(now);
}
