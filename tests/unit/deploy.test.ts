/** The schedule files run `npm run regenerate`, are well-formed for cron, systemd and CI, and install production packages only. */
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
    const wf = parse(read('ci/regenerate.yml')) as {
      on: { schedule: { cron: string }[] };
      jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
    };
    expect(wf.on.schedule[0]?.cron).toBe('15 18 * * *');
    const steps = wf.jobs.regenerate?.steps ?? [];
    expect(steps.at(-1)?.run).toBe('npm run regenerate');
    // The whole history, for each page's 更新时间 (a shallow clone stops the build: pageUpdated.test.ts).
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
  });

  it('package.json has the command the schedules run', () => {
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.regenerate).toBe('node scripts/regenerate.ts');
  });
});

describe('installing on the server', () => {
  const deployFiles = [
    'ci/regenerate.yml',
    'cron/liangxin-regenerate',
    'systemd/liangxin-regenerate.service',
    'systemd/liangxin-regenerate.timer',
    'nginx.conf',
    '_headers',
  ];
  /** Every npm install command a text gives (npm ci, npm install, npm i), as written. */
  const installs = (text: string) => [...text.matchAll(/\bnpm (?:ci|install|i)\b[^\n&;`]*/g)].map((m) => m[0].trim());

  it('every install command in deploy/ is the production install, npm ci --omit=dev', () => {
    const all = deployFiles.flatMap((f) => installs(read(f)).map((cmd) => `${f}: ${cmd}`));
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.filter((line) => !/: npm ci --omit=dev(?: --no-audit --no-fund)?$/.test(line))).toEqual([]);
  });

  it('CI installs that way before it regenerates', () => {
    const workflow = parse(read('ci/regenerate.yml')) as { jobs: { regenerate: { steps: { run?: string }[] } } };
    const steps = workflow.jobs.regenerate.steps.map((s) => s.run);
    expect(steps.indexOf('npm ci --omit=dev --no-audit --no-fund')).toBe(steps.length - 2);
  });

  it.each(['cron/liangxin-regenerate', 'systemd/liangxin-regenerate.service', 'nginx.conf'])('%s says how to install', (f) => {
    expect(installs(read(f))).toEqual(['npm ci --omit=dev']);
  });

  it('the README tells the server to install the same way', () => {
    const readme = readFileSync('README.md', 'utf8');
    const regenerating = readme.slice(readme.indexOf('### Regenerating the site'), readme.indexOf('### Example data'));
    expect(installs(regenerating)).toEqual(['npm ci --omit=dev']);
  });
});
