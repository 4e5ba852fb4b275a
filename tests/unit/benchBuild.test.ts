/** The benchmark splits a build's wall time into the steps scripts/build.ts prints. */
import { describe, expect, it } from 'vitest';
import { stepTimes } from '../../scripts/bench/build.ts';

describe('stepTimes', () => {
  it.each([
    ['[1/5] 检查内容 /tmp/liangxin-bench-x100-ab/', '检查内容'],
    ['[1/5] 检查内容 content/', '检查内容'],
    ['[2/5] Astro 构建（基础路径 /zt/liangxin/）', 'Astro 构建'],
    ['[3/5] 生成全文搜索索引（Pagefind）', '生成全文搜索索引'],
    ['[4/5] 检查站内链接', '检查站内链接'],
    ['[5/5] 替换 /work/dist', '替换'],
  ])('%s → %s', (line, label) => expect(stepTimes([{ line, at: 0 }], 1000)).toEqual([{ label, seconds: 1 }]));

  it('each step lasts until the next step line, the last until the end; other lines are ignored', () => {
    const marks = [
      { line: '[1/3] 检查内容 /c/', at: 0 },
      { line: '[build] 18:00 Completed', at: 200 },
      { line: '[2/3] Astro 构建（基础路径 /）', at: 500 },
      { line: '[3/3] 检查站内链接', at: 4500 },
    ];
    expect(stepTimes(marks, 5000)).toEqual([
      { label: '检查内容', seconds: 0.5 },
      { label: 'Astro 构建', seconds: 4 },
      { label: '检查站内链接', seconds: 0.5 },
    ]);
  });
});
