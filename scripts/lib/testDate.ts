/**
 * The one date a test run works on, pinned as BUILD_DATE for every step (scripts/test.ts) and for
 * vitest run alone (vitest.config.ts), so no test reads the clock and a run that crosses midnight
 * compares one day with itself. BUILD_DATE when set; otherwise today in China Standard Time, but
 * never earlier than the content's own latest date: on a clock set behind the content (or a
 * checkout unpacked on such a machine) the suite tests the content on a day it is valid, and says so.
 */
import { buildDate } from '../../src/config/buildDate.ts';
import { buildDateSetting, type Env } from '../../src/config/env.ts';
import { newestContentDate } from './contentAsOf.ts';

export function testDate(env: Env = process.env, contentDir = 'content', now: Date = new Date()): { date: string; note: string | null } {
  const today = buildDate(env, now);
  if (buildDateSetting(env)) return { date: today, note: null };
  const newest = newestContentDate(contentDir);
  if (newest === null || newest <= today) return { date: today, note: null };
  return { date: newest, note: `本机日期 ${today} 早于 ${contentDir}/ 中最新的日期 ${newest}，测试按 ${newest} 进行（clock behind the content）` };
}
