/**
 * `npm run review` and the publishing gate, as staff meet them: the command lists every item grouped
 * by area and exits 0; `--strict` exits 1 while anything required is open; the gate of PUBLISH=1
 * builds and `npm run regenerate` (scripts/lib/publishingGate.ts) lists every required item at once.
 * Each run reads a copy of the content and builds nothing, so it costs a second or two.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFile, readContent } from '../../src/checks/readContent.ts';
import { publishingRefusal } from '../../scripts/lib/publishingGate.ts';
import { copyContent } from '../helpers/contentCopy.ts';

// BUILD_DATE as the suite pins it (or today): the content's 更新记录 must not be later.
const env = { SITE_URL: '', PUBLISH: '' };
const review = (dir: string, args: string[] = [], extra: Record<string, string> = {}) =>
  spawnSync('node', ['scripts/review.ts', ...args], { env: { ...process.env, ...env, CONTENT_DIR: dir, ...extra }, encoding: 'utf8' });

/** A copy with every identity field of site.json empty and no guide topic with a district contact. */
const blank = copyContent();
{
  const path = join(blank.dir, 'site.json');
  const json = JSON.parse(readFileSync(path, 'utf8')) as { site: Record<string, unknown> & { icp: Record<string, string> } };
  Object.assign(json.site, { url: '', sponsor: '', siteCode: '', contact: { phone: '', address: '', hours: '', email: '' } });
  json.site.icp.number = '';
  json.site.accessibilityContact = { office: '', phone: '', address: '', email: '' };
  writeFileSync(path, JSON.stringify(json));
  for (const f of readdirSync(join(blank.dir, 'guide')).filter((n) => n.endsWith('.json'))) {
    const topic = JSON.parse(readFileSync(join(blank.dir, 'guide', f), 'utf8')) as Record<string, unknown>;
    delete topic.districtContact;
    writeFileSync(join(blank.dir, 'guide', f), JSON.stringify(topic));
  }
}
const guideFiles = readdirSync(join(blank.dir, 'guide')).filter((n) => n.endsWith('.json'));
/** What publishing waits for in the blank copy: 8 fields of site.json and every guide topic. */
const requiredFields = [
  'site.url（网址）',
  'site.sponsor（主办单位）',
  'site.siteCode（网站标识码）',
  'site.icp.number（备案号）',
  'site.contact.phone（电话）',
  'site.contact.address（地址）',
  'site.accessibilityContact.phone（电话）',
  'site.accessibilityContact.address（地址）',
];

const filled = copyContent();
filled.setSiteUrl('https://liangxin.example.gov.cn/');
filled.fillPublishingFields();
afterAll(() => [blank, filled].forEach((c) => c.remove()));

describe('npm run review', { timeout: 60_000 }, () => {
  it('lists every item grouped by area, with file and field, and exits 0', () => {
    const r = review(blank.dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`其中 ${requiredFields.length + guideFiles.length} 项发布前必须完成`);
    for (const area of ['■ 网站标识与联系方式', '■ 居民指南的区内咨询联系方式', '■ 计算口径（待责任单位确认）', '■ 文件内容（请起草单位在印发前确定）'])
      expect(r.stdout).toContain(area);
    for (const field of requiredFields) expect(r.stdout).toContain(`【必须】${contentFile(blank.dir, 'site.json')}  字段 ${field}`);
    expect(r.stdout).toContain(`【必须】${contentFile(blank.dir, `guide/${guideFiles[0]}`)}  字段 districtContact（区内咨询联系方式）`);
    expect(r.stdout).toContain('另一种读法：');
  });

  it('--strict exits 1 while anything required is open, saying how many', () => {
    const r = review(blank.dir, ['--strict']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`--strict：尚有 ${requiredFields.length + guideFiles.length} 项发布前必须完成的事项（review --strict failed）`);
  });

  it('--strict exits 0 once the required items are done (the rest stay listed)', () => {
    const r = review(filled.dir, ['--strict']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('其中 0 项发布前必须完成');
    expect(r.stdout).toContain('--strict：没有发布前必须完成的事项。');
  });

  it('SITE_URL stands in for site.url', () => {
    const r = review(blank.dir, [], { SITE_URL: 'https://staging.example.cn/' });
    expect(r.stdout).not.toContain('字段 site.url（网址）');
  });

  it('an unknown argument is refused with the usage', () => {
    const r = review(blank.dir, ['--strcit']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('不认识的参数 --strcit（unknown argument）：只接受 --strict');
  });
});

describe('the publishing gate', () => {
  it('lists every required item at once, numbered, with file and field', () => {
    const message = publishingRefusal(readContent(blank.dir).content, blank.dir);
    expect(message).not.toBeNull();
    const count = requiredFields.length + guideFiles.length;
    expect(message).toContain(`发布前还有 ${count} 项必须填写或处理（publishing blocked）`);
    for (const field of requiredFields) expect(message).toContain(`${contentFile(blank.dir, 'site.json')}  字段 ${field}`);
    for (const f of guideFiles) expect(message).toContain(`${contentFile(blank.dir, `guide/${f}`)}  字段 districtContact`);
    expect(message).toContain(`${count}. [`);
    expect(message).not.toContain(`${count + 1}. [`);
  });

  it('lets a copy with everything required filled through', () => {
    expect(publishingRefusal(readContent(filled.dir).content, filled.dir)).toBeNull();
  });
});
