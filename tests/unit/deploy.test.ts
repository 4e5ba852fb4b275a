/** The schedule files run `npm run regenerate` and are well-formed for cron, systemd and CI. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (f: string) => readFileSync(`deploy/${f}`, 'utf8');
const lines = (text: string) => text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));

describe('schedules', () => {
  it('cron: one job line with five time fields, a user and the command', () => {
    const jobs = lines(read('cron/liangxin-regenerate')).filter((l) => !/^[A-Z]+=/.test(l));
    expect(jobs).toHaveLength(1);
    const fields = jobs[0]!.split(/\s+/);
    expect(fields.slice(0, 5).every((f) => /^[\d*/,-]+$/.test(f))).toBe(true);
    expect(fields[5]).toBe('www-data');
    expect(jobs[0]).toContain('npm run regenerate');
  });

  it('systemd: a oneshot service and a timer that starts it', () => {
    const service = read('systemd/liangxin-regenerate.service');
    const timer = read('systemd/liangxin-regenerate.timer');
    expect(service).toMatch(/^Type=oneshot$/m);
    expect(service).toMatch(/^ExecStart=\/usr\/bin\/npm run regenerate$/m);
    expect(timer).toMatch(/^OnCalendar=\*-\*-\* 02:15:00 Asia\/Shanghai$/m);
    expect(timer).toMatch(/^Unit=liangxin-regenerate\.service$/m);
    expect(timer).toMatch(/^WantedBy=timers\.target$/m);
  });

  it('CI: a scheduled workflow whose last step is npm run regenerate', () => {
    const wf = parse(read('ci/regenerate.yml')) as { on: { schedule: { cron: string }[] }; jobs: Record<string, { steps: { run?: string }[] }> };
    expect(wf.on.schedule[0]?.cron).toBe('15 18 * * *');
    const steps = wf.jobs.regenerate?.steps ?? [];
    expect(steps.at(-1)?.run).toBe('npm run regenerate');
  });

  it('package.json has the command the schedules run', () => {
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.regenerate).toBe('node scripts/regenerate.ts');
  });
});
