/** Content is text, never code: what the content check lets through in MDX bodies and fields. */
import { describe, expect, it } from 'vitest';
import { contentSafetyIssues, isUnsafeUrl, mdxBodyProblems } from '../../src/checks/contentSafety.ts';

describe('isUnsafeUrl', () => {
  it.each([
    ['javascript:alert(1)', true],
    ['  JavaScript:alert(1)', true],
    ['java\tscript:alert(1)', true],
    ['vbscript:msgbox', true],
    ['data:text/html,<script>alert(1)</script>', true],
    ['https://beian.miit.gov.cn/', false],
    ['/actions/', false],
    ['#main', false],
    ['说明：javascript: 不是链接', false],
    ['', false],
  ])('%j → %s', (value, unsafe) => {
    expect(isUnsafeUrl(value)).toBe(unsafe);
  });
});

describe('mdxBodyProblems', () => {
  it.each([
    ['<strong>（一）指导思想。</strong>以习近平新时代中国特色社会主义思想为指导。', 0],
    ['全区全年二手汽车交易超6000辆，家电回收量达2万台套。', 0],
    ['普通 [链接](/plan/) 与 **加粗**。', 0],
    ['<script>alert(1)</script>', 2],
    ['<img src=x onerror="alert(1)">', 1],
    ['<strong onclick="alert(1)">x</strong>', 1],
    ['<Chart />', 1],
    ['<!-- note -->', 1],
    ['{alert(1)}', 1],
    ['import X from "./x.js"', 1],
    ['export const a = 1', 1],
    ['[点我](javascript:alert(1))', 1],
    ['[点我](<javascript:alert(1)>)', 2],
    ['[ref]: javascript:alert(1)', 1],
    ['[安全](https://www.gov.cn/)', 0],
  ])('%j has %i problem(s)', (body, count) => {
    expect(mdxBodyProblems(body)).toHaveLength(count);
  });

  it('gives the line within the body', () => {
    expect(mdxBodyProblems('第一行。\n\n<script>x</script>')[0]?.line).toBe(3);
  });
});

describe('contentSafetyIssues', () => {
  it('names the file and the field path of an unsafe address', () => {
    const issues = contentSafetyIssues([{ file: 'content/site.json', data: { site: { icp: { number: '1', url: 'javascript:alert(1)' } } } }]);
    expect(issues).toEqual([
      {
        file: 'content/site.json',
        field: ['site', 'icp', 'url'],
        expected: '不能是 javascript:、vbscript: 或 data: 开头的地址（点击时会执行代码）',
        found: '"javascript:alert(1)"',
      },
    ]);
  });

  it('reports MDX body problems under the body field, and leaves escaped text in JSON alone', () => {
    const issues = contentSafetyIssues([
      { file: 'content/notes.json', data: { text: '<script>alert(1)</script>' }, prefix: [0] },
      { file: 'content/actions/01-x.mdx', data: { title: 't' }, body: '<script>alert(1)</script>' },
    ]);
    expect(issues.map((i) => [i.file, i.field.join('.')])).toEqual([
      ['content/actions/01-x.mdx', 'body'],
      ['content/actions/01-x.mdx', 'body'],
    ]);
  });
});
