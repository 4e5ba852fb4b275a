/**
 * Notices: a topic's subsidy status on a given day, and the mistakes the content check refuses
 * (each named by file, field with its Chinese name, and what is expected), with nothing built.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/checks/issue.ts';
import { fileSizeText, maxAttachmentBytes } from '../../src/model/attachment.ts';
import { readContent } from '../../src/checks/readContent.ts';
import { addDays, publishedBy, STATUS_CONFIRM_DAYS, staleFrom, topicStatus } from '../../src/model/topicStatus.ts';
import { noticeSchema } from '../../src/schemas/notice.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';

const tip = (date: string, topic: string, state: '进行中' | '暂停' | '额度已用完' | '已恢复' | '已结束', from: string, policy?: string) => ({
  date,
  status: { topic, state, from, ...(policy ? { policy } : {}) },
});

describe('topicStatus', () => {
  const notices = [
    { date: '2026-01-05' },
    tip('2026-02-16', 'cars', '进行中', '2026-02-18'),
    tip('2026-05-11', 'cars', '暂停', '2026-05-12'),
    tip('2026-06-15', 'cars', '已恢复', '2026-06-16'),
    tip('2026-06-20', 'appliances', '额度已用完', '2026-06-20'),
    // Announced ahead: ends on the last day of the year.
    tip('2026-11-01', 'cars', '已结束', '2026-12-31'),
    // Issued later for the same day: corrects the earlier one.
    tip('2026-06-21', 'appliances', '暂停', '2026-06-20'),
  ];
  // [topic, today, the status shown, the status aged into 请以最新通知为准, the next announced]
  it.each([
    ['cars', '2026-02-17', null, null, '进行中'],
    ['cars', '2026-02-18', '进行中', null, '暂停'],
    ['cars', '2026-05-11', '进行中', null, '暂停'],
    ['cars', '2026-05-12', '暂停', null, '已恢复'],
    ['cars', '2026-06-16', '已恢复', null, '已结束'],
    // Resumed from 2026-06-16 (day 0): said on days 0–89, aged from day 90, 2026-09-14.
    ['cars', '2026-09-13', '已恢复', null, '已结束'],
    ['cars', '2026-09-14', null, '已恢复', '已结束'],
    ['cars', '2026-12-31', '已结束', null, null],
    ['cars', '2027-03-30', '已结束', null, null],
    ['cars', '2027-03-31', null, '已结束', null],
    // Not 进行中 for 18 months: a year and a half on, the last notice is named, not repeated.
    ['cars', '2030-01-01', null, '已结束', null],
    ['appliances', '2026-06-19', null, null, '暂停'],
    ['appliances', '2026-06-20', '暂停', null, null],
    // Corrected by the notice of 2026-06-21: counted from that day.
    ['appliances', '2026-09-18', '暂停', null, null],
    ['appliances', '2026-09-19', null, '暂停', null],
    ['digital', '2026-06-20', null, null, null],
  ])('%s on %s → %s (aged %s, next %s)', (topic, today, state, stale, next) => {
    const s = topicStatus(notices, topic, today);
    expect(s.current?.state ?? null).toBe(state);
    expect(s.stale?.state ?? null).toBe(stale);
    expect(s.next?.state ?? null).toBe(next);
  });

  it('gives the notice that set the state and the day it took effect', () => {
    const s = topicStatus(notices, 'cars', '2026-06-01');
    expect(s.current).toEqual({ state: '暂停', from: '2026-05-12', notice: notices[2] });
  });

  it('names the last notice, why and since when once a status has aged', () => {
    expect(topicStatus(notices, 'cars', '2026-10-01').stale).toEqual({
      state: '已恢复',
      from: '2026-06-16',
      notice: notices[3],
      reason: 'unconfirmed',
      since: '2026-09-14',
    });
  });
});

describe('staleFrom: a status stands 90 days from when it was last said, and never past its policy', () => {
  const ends: Record<string, string> = { 'car-2024-392': '2025-01-10', 'car-2026': '2026-12-31' };
  const policyEnd = (id: string) => ends[id];
  // [notice date, state from, policy it rests on, first day aged, why]
  it.each([
    ['2026-01-05', '2026-01-05', undefined, '2026-04-05', 'unconfirmed'],
    // Announced ahead: counted from the day it takes effect.
    ['2026-01-05', '2026-03-01', undefined, '2026-05-30', 'unconfirmed'],
    // The policy ends before the 90 days are up: the day after it ends.
    ['2024-12-01', '2024-12-01', 'car-2024-392', '2025-01-11', 'policy-ended'],
    // The policy ends after the 90 days: the 90 days decide.
    ['2026-01-05', '2026-01-05', 'car-2026', '2026-04-05', 'unconfirmed'],
    // A policy without a checked end: the 90 days decide.
    ['2026-01-05', '2026-01-05', 'unknown-end', '2026-04-05', 'unconfirmed'],
    // A status set after its policy had already ended no longer stands from its first day.
    ['2025-02-01', '2025-02-01', 'car-2024-392', '2025-02-01', 'policy-ended'],
  ])('notice of %s, from %s, resting on %s → aged from %s (%s)', (date, from, policy, since, reason) => {
    const notice = tip(date, 'cars', '进行中', from, policy);
    expect(staleFrom({ state: '进行中', from, notice }, policyEnd)).toEqual({ since, reason });
  });
  it('is one named period: 90 days', () => expect(STATUS_CONFIRM_DAYS).toBe(90));
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 90, '2027-03-31'],
  ])('addDays(%s, %i) → %s', (date, days, result) => expect(addDays(date, days)).toBe(result));
});

describe('publishedBy', () => {
  const notices = [{ date: '2026-05-06' }, { date: '2026-05-07' }, { date: '2026-06-01' }];
  it.each([
    ['2026-05-05', 0],
    ['2026-05-06', 1],
    ['2026-05-31', 2],
    ['2026-06-01', 3],
  ])('on %s, %i published: a notice waits for its date', (today, count) => expect(publishedBy(notices, today)).toEqual(notices.slice(0, count)));
});

describe('fileSizeText', () => {
  it.each([
    [1, '1 KB'],
    [639, '1 KB'],
    [1025, '2 KB'],
    [1024 * 1024 - 1, '1024 KB'],
    [1024 * 1024, '1.0 MB'],
    [1_572_864, '1.5 MB'],
    [maxAttachmentBytes, '20.0 MB'],
  ])('%i bytes → %s', (bytes, text) => expect(fileSizeText(bytes)).toBe(text));
});

describe('noticeSchema', () => {
  const good = { kind: '提示', title: '提示', date: '2026-05-06', issuer: '区商务局', source: { name: '宜昌市商务局网站' } };
  it('accepts an unquoted YAML date as the day it names', () => {
    expect(noticeSchema.parse({ ...good, date: new Date('2026-05-06T00:00:00Z') }).date).toBe('2026-05-06');
  });
  it.each([
    ['no date', { date: undefined }, 'date', '应为发布日期 YYYY-MM-DD'],
    ['a date that is not a day', { date: '2026-13-01' }, 'date', '应为发布日期 YYYY-MM-DD'],
    ['no issuer', { issuer: undefined }, 'issuer', '应为发布单位'],
    ['an empty issuer', { issuer: ' ' }, 'issuer', '不能为空，应为发布单位'],
    ['no source', { source: undefined }, 'source', ''],
    ['a source without a name', { source: { url: 'https://www.mofcom.gov.cn/' } }, 'source.name', '应为出处名称'],
    ['a source address that is not http(s)', { source: { name: '网站', url: 'ftp://x.cn/' } }, 'source.url', 'http(s)://'],
    ['an unknown kind', { kind: '新闻' }, 'kind', '通知公告、工作动态、政策解读、提示'],
    ['an unknown state', { status: { topic: 'cars', state: '开放', from: '2026-05-08' } }, 'status.state', '进行中、暂停、额度已用完、已恢复、已结束'],
    ['a status without a day', { status: { topic: 'cars', state: '暂停' } }, 'status.from', '应为起始日期'],
    ['a status on a notice that is not a 提示', { kind: '工作动态', status: { topic: 'cars', state: '暂停', from: '2026-05-08' } }, 'kind', '类别应为“提示”'],
    ['an attachment in a folder', { attachments: [{ file: '../site.json', title: '设置' }] }, 'attachments.0.file', 'content/notices/files/'],
  ])('refuses %s', (_, change, field, expected) => {
    const result = noticeSchema.safeParse({ ...good, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === field);
    expect(issue?.message).toContain(expected);
  });
});

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

/** A copy of content/ with the test notices (tests/fixtures/notices/) in it. */
function withNotices(): ContentCopy {
  const c = copyContent({ reports: false });
  cpSync('tests/fixtures/notices', join(c.dir, 'notices'), { recursive: true });
  return c;
}

describe('the content check on notices', () => {
  it('accepts the test notices', () => {
    copy = withNotices();
    const { issues, content } = readContent(copy.dir);
    expect(issues).toEqual([]);
    expect(content.notices.length).toBeGreaterThanOrEqual(6);
  });

  const file = 'notices/2026-05-06-test-cars-paused.mdx';
  const attached = 'notices/2026-03-02-test-trade-in-start.mdx';
  it.each([
    ['a notice without a date', file, /date: .*\n/, '', ['2026-05-06-test-cars-paused.mdx', 'date（日期）', '应为发布日期 YYYY-MM-DD']],
    ['a notice without an issuer', file, /issuer: .*\n/, '', ['2026-05-06-test-cars-paused.mdx', 'issuer（发布单位）', '应为发布单位']],
    ['a notice without a source', file, /source:\n.*\n/, '', ['2026-05-06-test-cars-paused.mdx', 'source（出处原文）']],
    ['a status for an unknown topic', file, '  topic: cars', '  topic: boats', ['status.topic（主题）', '应为 content/guide/ 中某个主题的 slug', '"boats"']],
    [
      'a status resting on an unknown policy',
      file,
      '  state: 暂停',
      '  state: 暂停\n  policy: car-2030-1',
      ['status.policy（所依据的政策）', 'content/policies.json 中已有的政策标识', '"car-2030-1"'],
    ],
    ['an unknown related topic', file, 'topics: [cars]', 'topics: [car]', ['topics.0（相关指南主题）', '"car"']],
    [
      'an unknown related action',
      attached,
      '[consumer-trade-in]',
      '[trade-in]',
      ['actions.0（相关行动）', '应为 content/actions/ 中某项行动的 slug', '"trade-in"'],
    ],
    [
      'an unknown related indicator',
      attached,
      'indicators: [16]',
      'indicators: [23]',
      ['indicators.0（指标序号）', '应为 content/indicators/ 中已有的指标序号', '23'],
    ],
    [
      'a missing attachment',
      attached,
      'file: test-apply-form.pdf',
      'file: missing.pdf',
      ['attachments.0.file（文件名）', '附件应存在于 content/notices/files/ 中', 'missing.pdf'],
    ],
    ['an attachment of an unknown type', attached, 'file: test-apply-form.pdf', 'file: tool.exe', ['attachments.0.file（文件名）', '附件类型应为 pdf']],
    [
      'a second status for the same day',
      'notices/2026-06-01-test-cars-resumed.mdx',
      'from: 2026-06-03',
      'from: 2026-05-08',
      ['status.from（开始日期）', '同一天只能有一条'],
    ],
    ['example data in the official content', file, 'kind: 提示', 'kind: 提示\nsample: true', ['sample（是否示例数据）', '正式内容中不能有示例数据']],
  ] as const)('refuses %s', (_, path, from, to, expected) => {
    copy = withNotices();
    copy.edit(path, from, to);
    const { issues } = readContent(copy.dir);
    const message = formatIssues(issues);
    expect(issues.length).toBeGreaterThan(0);
    for (const part of expected) expect(message).toContain(part);
  });

  it('refuses a file name that cannot be an address', () => {
    copy = withNotices();
    cpSync(join(copy.dir, file), join(copy.dir, 'notices/汽车提示.mdx'));
    const message = formatIssues(readContent(copy.dir).issues);
    expect(message).toContain('notices/汽车提示.mdx');
    expect(message).toContain('文件名即网址');
  });

  it('refuses an attachment over 20 MB', () => {
    copy = withNotices();
    mkdirSync(join(copy.dir, 'notices/files'), { recursive: true });
    writeFileSync(join(copy.dir, 'notices/files/big.pdf'), Buffer.alloc(maxAttachmentBytes + 1));
    copy.edit(attached, 'file: test-apply-form.pdf', 'file: big.pdf');
    const message = formatIssues(readContent(copy.dir).issues);
    expect(message).toContain('attachments.0.file（文件名）');
    expect(message).toContain('附件不能超过 20 MB');
  });
});
