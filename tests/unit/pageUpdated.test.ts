/**
 * 更新时间: which content files a page is built from, which date it gets with and without the
 * files' history, reading that history from git, and the check on the 更新记录.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changelogCheck } from '../../src/checks/changelogCheck.ts';
import { parseGitLog, readContentDates, shallowHistoryMessage } from '../../src/data/contentDates.ts';
import type { ChangelogEntry } from '../../src/schemas/changelog.ts';
import { pageSources, type ContentIndex } from '../../src/site/pageSources.ts';
import { updatedDate, type Updated, type UpdatedInputs } from '../../src/site/updatedDate.ts';

const index: ContentIndex = {
  all: [
    'site.json',
    'departments.json',
    'notes.json',
    'policies.json',
    'changelog.json',
    'plan/general.mdx',
    'plan/explanation.mdx',
    'actions/01-a.mdx',
    'actions/02-b.mdx',
    'measures/01-m.mdx',
    'indicators/01-x.json',
    'indicators/02-y.json',
    'guide/01-cars.json',
    'progress/2025.json',
  ],
  single: { site: 'site.json', departments: 'departments.json', notes: 'notes.json', policies: 'policies.json', changelog: 'changelog.json' },
  actions: [
    { slug: 'a', file: 'actions/01-a.mdx' },
    { slug: 'b', file: 'actions/02-b.mdx' },
  ],
  measures: [{ slug: 'm', file: 'measures/01-m.mdx' }],
  indicators: [
    { slug: 'x', file: 'indicators/01-x.json', action: 'a' },
    { slug: 'y', file: 'indicators/02-y.json', action: null },
  ],
  plan: [
    { file: 'plan/general.mdx', explanation: false },
    { file: 'plan/explanation.mdx', explanation: true },
  ],
  guide: ['guide/01-cars.json'],
  progress: ['progress/2025.json'],
};
const everything = [...index.all].sort();

describe('pageSources: the content files each page is built from', () => {
  it.each<[string, string[]]>([
    ['/', everything],
    ['/indicators/', everything],
    ['/data/', everything],
    ['/search/', everything],
    ['/plan/', ['actions/01-a.mdx', 'actions/02-b.mdx', 'indicators/01-x.json', 'indicators/02-y.json', 'measures/01-m.mdx', 'plan/general.mdx', 'site.json']],
    ['/plan/explanation/', ['plan/explanation.mdx', 'site.json']],
    ['/actions/', ['actions/01-a.mdx', 'actions/02-b.mdx', 'departments.json', 'indicators/01-x.json', 'indicators/02-y.json']],
    ['/actions/a/', ['actions/01-a.mdx', 'departments.json', 'indicators/01-x.json', 'progress/2025.json']],
    ['/actions/b/', ['actions/02-b.mdx', 'departments.json', 'progress/2025.json']],
    ['/actions/nope/', everything],
    ['/measures/m/', ['departments.json', 'measures/01-m.mdx']],
    ['/indicators/x/', ['actions/01-a.mdx', 'departments.json', 'indicators/01-x.json', 'progress/2025.json']],
    ['/indicators/y/', ['departments.json', 'indicators/02-y.json', 'progress/2025.json']],
    [
      '/departments/commerce/',
      ['actions/01-a.mdx', 'actions/02-b.mdx', 'departments.json', 'indicators/01-x.json', 'indicators/02-y.json', 'measures/01-m.mdx'],
    ],
    ['/policies/', ['policies.json']],
    ['/guide/', ['actions/01-a.mdx', 'actions/02-b.mdx', 'guide/01-cars.json', 'policies.json']],
    ['/progress/', ['departments.json', 'indicators/01-x.json', 'indicators/02-y.json', 'progress/2025.json']],
    ['/about/', ['changelog.json', 'notes.json', 'site.json']],
  ])('%s', (path, expected) => {
    expect(pageSources(path, index)).toEqual(expected);
  });
});

const history = new Map([
  ['actions/01-a.mdx', '2026-11-30'],
  ['indicators/01-x.json', '2026-12-01'],
  ['departments.json', '2026-11-29'],
]);
const base: UpdatedInputs = { history, changelog: '2026-12-02', published: '2026-10-01', written: '2026-09-01', today: '2026-12-03' };

describe('updatedDate: the latest change among the files, else a named fallback, never after the build', () => {
  it.each<[string, string[], Partial<UpdatedInputs>, Updated | null]>([
    [
      'history covers every file: the latest of them',
      ['actions/01-a.mdx', 'indicators/01-x.json', 'departments.json'],
      {},
      { date: '2026-12-01', source: 'history' },
    ],
    ['one file', ['departments.json'], {}, { date: '2026-11-29', source: 'history' }],
    [
      'a file the history lacks (new or edited since): the 更新记录',
      ['actions/01-a.mdx', 'progress/2025.json'],
      {},
      { date: '2026-12-02', source: 'changelog' },
    ],
    ['no history at all (no git, shallow clone): the 更新记录', ['actions/01-a.mdx'], { history: null }, { date: '2026-12-02', source: 'changelog' }],
    ['no files: the 更新记录', [], {}, { date: '2026-12-02', source: 'changelog' }],
    ['no history, no 更新记录: the 发布日期', ['actions/01-a.mdx'], { history: null, changelog: undefined }, { date: '2026-10-01', source: 'published' }],
    ['a draft with only a 成文日期', ['actions/01-a.mdx'], { history: null, changelog: undefined, published: '' }, { date: '2026-09-01', source: 'written' }],
    ['nothing the site can justify: no date', ['actions/01-a.mdx'], { history: null, changelog: undefined, published: '', written: '' }, null],
    [
      'history after the build date is not used',
      ['indicators/01-x.json'],
      { today: '2026-12-01', changelog: '2026-11-30' },
      { date: '2026-12-01', source: 'history' },
    ],
    [
      'history after the build date is not used',
      ['indicators/01-x.json'],
      { today: '2026-11-30', changelog: '2026-11-30' },
      { date: '2026-11-30', source: 'changelog' },
    ],
    ['every source after the build date: no date', ['indicators/01-x.json'], { today: '2024-09-01' }, null],
  ])('%s', (_, files, over, expected) => {
    expect(updatedDate(files, { ...base, ...over })).toEqual(expected);
  });
});

describe('parseGitLog: each file gets its latest commit, as a date in China Standard Time', () => {
  it.each<[string, string, [string, string][]]>([
    ['empty log', '', []],
    [
      'one commit',
      '\u00002026-11-29T16:07:07+00:00\n\nsite.json\nactions/01-a.mdx\n',
      [
        ['site.json', '2026-11-30'],
        ['actions/01-a.mdx', '2026-11-30'],
      ],
    ],
    [
      'newest first, the later date kept',
      '\u00002026-12-01T05:55:14+00:00\n\npolicies.json\n\u00002026-11-29T15:59:00+00:00\n\npolicies.json\nsite.json\n',
      [
        ['policies.json', '2026-12-01'],
        ['site.json', '2026-11-29'],
      ],
    ],
    [
      'out of order, still the later date',
      '\u00002026-01-01T00:00:00+08:00\n\na.json\n\u00002026-02-01T00:00:00+08:00\n\na.json\n',
      [['a.json', '2026-02-01']],
    ],
    ['a commit that touched no file here', '\u00002026-03-01T10:00:00+08:00\n\n', []],
  ])('%s', (_, log, expected) => {
    expect([...parseGitLog(log)]).toEqual(expected);
  });
});

describe('readContentDates: git history of the content folder, or null; a shallow clone refused', () => {
  const temp = mkdtempSync(join(tmpdir(), 'liangxin-history-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const git = (cwd: string, args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      env: { ...process.env, ...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}) },
      stdio: 'ignore',
    });

  it('a repository: each file its last commit; a file edited since, or never committed, has no date', () => {
    const repo = join(temp, 'repo');
    const content = join(repo, 'content');
    cpSync('content', content, { recursive: true });
    git(repo, ['init', '-q']);
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'first'], '2025-03-01T09:00:00+08:00');
    writeFileSync(join(content, 'policies.json'), '[]');
    git(repo, ['commit', '-qam', 'second'], '2025-04-01T23:30:00+00:00');
    writeFileSync(join(content, 'notes.json'), '[]');
    writeFileSync(join(content, 'new.json'), '{}');
    const dates = readContentDates(content);
    expect(dates?.get('site.json')).toBe('2025-03-01');
    expect(dates?.get('actions/01-manufacturing.mdx')).toBe('2025-03-01');
    // 23:30 UTC is the next morning in China.
    expect(dates?.get('policies.json')).toBe('2025-04-02');
    expect(dates?.has('notes.json')).toBe(false);
    expect(dates?.has('new.json')).toBe(false);
    // The test builds' copies of content/ are the same case: inside the checkout, never committed.
    const copy = join(repo, 'copy');
    cpSync('content', copy, { recursive: true });
    expect(readContentDates(copy)?.size).toBe(0);
  });

  describe('a shallow clone (CI’s default checkout) would date every file to the clone', () => {
    const clone = join(temp, 'shallow');
    const message =
      /^内容目录 .*\/shallow\/content\/ 所在的 git 仓库是浅克隆，.*请在检出目录中运行 git fetch --unshallow 取回完整历史后重新构建（CI 中请为 actions\/checkout 设置 fetch-depth: 0）（shallow clone: run git fetch --unshallow）$/;

    it('is refused with how to fetch the history, not dated', () => {
      git(temp, ['clone', '-q', '--depth', '1', `file://${join(temp, 'repo')}`, clone]);
      expect(readdirSync(join(clone, 'content')).length).toBeGreaterThan(0);
      expect(execFileSync('git', ['-C', clone, 'rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim()).toBe('true');
      expect(shallowHistoryMessage(join(clone, 'content'))).toMatch(message);
      expect(() => readContentDates(join(clone, 'content'))).toThrow(message);
    });

    it('the build stops at its first step with that message, before Astro runs', () => {
      const out = join(temp, 'shallow-out');
      const r = spawnSync('node', ['scripts/build.ts'], {
        env: { ...process.env, CONTENT_DIR: join(clone, 'content'), OUT_DIR: out, SITE_BASE: '/', PUBLISH: '' },
        encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('构建失败（build failed）：内容目录');
      expect(r.stderr).toContain('（shallow clone: run git fetch --unshallow）');
      expect(r.stdout).not.toContain('Astro 构建');
      expect(existsSync(out)).toBe(false);
    });

    it('a copy of the content inside it, which git does not track, has nothing to date and builds as in a full clone', () => {
      const copy = join(clone, 'copy');
      cpSync('content', copy, { recursive: true });
      expect(shallowHistoryMessage(copy)).toBeNull();
      expect(readContentDates(copy)?.size).toBe(0);
    });

    it('after git fetch --unshallow, the same dates as the full repository', () => {
      git(clone, ['fetch', '-q', '--unshallow']);
      expect(shallowHistoryMessage(join(clone, 'content'))).toBeNull();
      const full = readContentDates(join(temp, 'repo', 'content'))!;
      const fetched = readContentDates(join(clone, 'content'))!;
      // The full repository has two files edited since its last commit; the clone has them as committed.
      for (const [file, date] of full) expect(fetched.get(file), file).toBe(date);
      expect(fetched.get('policies.json')).toBe('2025-04-02');
    });
  });

  it('no git at all (a tarball): no history', () => {
    const plain = join(temp, 'plain');
    cpSync('content', plain, { recursive: true });
    expect(readContentDates(plain)).toBeNull();
  });

  it('this tree: in a full git checkout every committed content file has its date; from a release tarball or a shallow clone, none', () => {
    const dates = readContentDates('content');
    const shallow = spawnSync('git', ['-C', 'content', 'rev-parse', '--is-shallow-repository'], { encoding: 'utf8' });
    if (shallow.status !== 0 || shallow.stdout.trim() !== 'false') {
      // No history to read (git absent, no repository, or one commit): pages fall back to the 更新记录.
      expect(dates).toBeNull();
      return;
    }
    expect(dates).not.toBeNull();
    const committed = execFileSync('git', ['ls-files', '--', '.'], { cwd: 'content', encoding: 'utf8' }).split('\n').filter(Boolean);
    const edited = execFileSync('git', ['diff', '--name-only', '--relative', 'HEAD', '--', '.'], { cwd: 'content', encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    for (const f of committed.filter((f) => !edited.includes(f))) expect(dates?.get(f), f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

const entry = (id: string, date: string): { file: string; data: ChangelogEntry } => ({ file: 'content/changelog.json', data: { id, date, summary: '说明' } });

describe('changelogCheck: in date order, not after the build date, ids used once', () => {
  it.each<[string, ReturnType<typeof entry>[], string, [number, string, RegExp][]]>([
    ['empty', [], '2026-12-01', []],
    ['in order, same day twice, the last on the build date', [entry('a', '2026-11-30'), entry('b', '2026-12-01'), entry('c', '2026-12-01')], '2026-12-01', []],
    ['out of order', [entry('a', '2026-12-01'), entry('b', '2026-11-29')], '2026-12-01', [[1, 'date', /应按日期先后排列，不早于上一条的 2026-12-01/]]],
    ['after the build date', [entry('a', '2026-11-30'), entry('b', '2026-12-02')], '2026-12-01', [[1, 'date', /不能晚于构建日期 2026-12-01/]]],
    ['id twice', [entry('a', '2026-11-30'), entry('a', '2026-11-30')], '2026-12-01', [[1, 'id', /标识不能重复/]]],
  ])('%s', (_, entries, today, expected) => {
    const issues = changelogCheck(entries, today);
    expect(issues.map((i) => [i.field[0], i.field[1]])).toEqual(expected.map(([n, f]) => [n, f]));
    issues.forEach((issue, n) => {
      expect(issue.file).toBe('content/changelog.json');
      expect(issue.expected).toMatch(expected[n]![2]);
    });
  });
});
