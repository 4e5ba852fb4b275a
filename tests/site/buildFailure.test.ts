/** A content mistake stops the build with a clear message and leaves the last good site untouched. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyContent } from '../helpers/contentCopy.ts';
import { contentFile } from '../../src/checks/readContent.ts';

const out = mkdtempSync(join(tmpdir(), 'liangxin-out-'));
const copy = copyContent();
afterAll(() => {
  copy.remove();
  rmSync(out, { recursive: true, force: true });
});

it('stops on a wrong share, names file and field, and keeps the previous output', () => {
  const site = join(out, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), 'last good site');
  copy.edit('indicators/10-sanitation-equipment.json', '占全市16.67%', '占全市20%');

  const result = spawnSync('node', ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: copy.dir, OUT_DIR: site },
    encoding: 'utf8',
  });
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain('10-sanitation-equipment.json');
  expect(result.stderr).toContain('remark（备注（指标来源））');
  expect(result.stderr).toContain('区 100台套 ÷ 市 600台套 = 16.67%');
  expect(result.stderr).toContain('上一次成功构建的网站仍在');
  expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('last good site');
  expect(existsSync(`${site}.building`)).toBe(false);
});

it('a build for publication stops before Astro while anything required is open, listing all of it with file and field, and keeps the previous output', () => {
  const site = join(out, 'address');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), 'last good site');
  const unfilled = copyContent();
  try {
    unfilled.fillPublishingFields();
    unfilled.setSiteUrl('');
    // Two things missing at once: the address, and one guide topic's district contact.
    const topic = join(unfilled.dir, 'guide/02-appliances.json');
    const data = JSON.parse(readFileSync(topic, 'utf8')) as Record<string, unknown>;
    delete data.districtContact;
    writeFileSync(topic, JSON.stringify(data, null, 2));
    const result = spawnSync('node', ['scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: unfilled.dir, OUT_DIR: site, PUBLISH: '1', SITE_URL: '' },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('构建失败（build failed）：发布前还有 2 项必须填写或处理（publishing blocked）');
    expect(result.stderr).toContain(`1. [网站标识与联系方式] ${contentFile(unfilled.dir, 'site.json')}  字段 site.url（网址）`);
    expect(result.stderr).toContain(
      `2. [居民指南的区内咨询联系方式] ${contentFile(unfilled.dir, 'guide/02-appliances.json')}  字段 districtContact（区内咨询联系方式）`,
    );
    expect(result.stderr).toContain('上一次成功构建的网站仍在');
    // Stopped before step 2 (Astro), so in seconds rather than a build's minutes.
    expect(result.stdout).not.toContain('[2/5]');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('last good site');
    expect(existsSync(`${site}.building`)).toBe(false);
  } finally {
    unfilled.remove();
  }
});

it('stops with advice when the Astro process runs out of its heap limit, and keeps the previous output', () => {
  const site = join(out, 'heap');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), 'last good site');
  // A limit no build fits in, standing for a site grown past the default one.
  const result = spawnSync('node', ['scripts/build.ts'], {
    env: { ...process.env, OUT_DIR: site, BUILD_HEAP_MB: '16' },
    encoding: 'utf8',
  });
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain('heap out of memory');
  expect(result.stderr).toContain('请设置更大的 BUILD_HEAP_MB（现为 16）');
  expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('last good site');
  expect(existsSync(`${site}.building`)).toBe(false);
});
