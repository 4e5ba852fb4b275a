/**
 * Broken JSON in content is reported in Chinese, with line, column, the line itself and the usual
 * cause (src/checks/jsonSyntax.ts), from src/checks/readContent.ts and for frozen versions alike;
 * a byte order mark is not a mistake.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/checks/issue.ts';
import { describeJsonProblem, findJsonProblem, parseJsonFile, position } from '../../src/checks/jsonSyntax.ts';
import { readContent } from '../../src/checks/readContent.ts';
import { readFrozen } from '../../src/checks/versionFiles.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';

describe('the first mistake, where it is and its usual cause', () => {
  it.each([
    // label, text, line, column, character there (null: end of file), words of the cause
    ['full-width quotes around a value', '{\n  "lead": “区商务局”\n}', 2, 11, '“', '中文（全角）引号'],
    ['full-width quotes around a key', '{\n  “name”: "x"\n}', 2, 3, '“', '中文（全角）引号'],
    ['a full-width closing quote, at the end of a line', '{\n  "name": "区商务局”,\n  "x": 1\n}', 2, 16, '”', '收尾引号是中文引号「”」'],
    ['a full-width closing quote, mid-line', '{ "name": "区商务局”, "x": "y" }', 1, 16, '”', '收尾引号是中文引号「”」'],
    ['full-width quotes inside a text are fine: no mistake', '{ "t": "“班班通”设备" }', null, null, null, ''],
    ['a missing comma between fields: points at the end of the first', '{\n  "number": 13\n  "slug": "x"\n}', 2, 14, '3', '缺少英文逗号'],
    ['a missing comma between list items', '[\n  { "a": 1 }\n  { "b": 2 }\n]', 2, 12, '}', '缺少英文逗号'],
    ['a trailing comma in a list', '{\n  "a": [1, 2,],\n  "b": 2\n}', 2, 13, ',', '最后一项后面多了逗号'],
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 2, 9, ',', '最后一项后面多了逗号'],
    ['a missing closing bracket at the end', '[\n  { "id": "a" },\n  { "id": "b" }\n', 4, 1, null, '缺少右括号「]」：第 1 行第 1 列的「[」'],
    ['an object missing its } in a list', '[\n  { "id": "a", "x": 1,\n  { "id": "b" }\n]', 3, 3, '{', '少了右括号'],
    ['brackets that do not pair', '{ "a": [1, 2} ', 1, 13, '}', '括号不配对：第 1 行第 8 列的「[」应以「]」结束'],
    ['one } too many', '{ "a": 1 }}', 1, 11, '}', '后面还有多余的文字或括号'],
    ['a full-width colon', '{ "a"： 1 }', 1, 6, '：', '中文（全角）标点「：」'],
    ['a full-width comma', '{ "a": 1， "b": 2 }', 1, 9, '，', '中文（全角）标点「，」'],
    ['a 、 between list items', '[1、2]', 1, 3, '、', '中文（全角）标点「、」'],
    ['a value with a unit, unquoted', '{ "a": 1050个 }', 1, 8, '1', '写作 "1050个"'],
    ['a bare word', '{ "lead": 区商务局 }', 1, 11, '区', '写作 "区商务局"'],
    ['an unquoted key', '{ name: 1 }', 1, 3, 'n', '写作 "name"'],
    ['single quotes', "{ 'a': 1 }", 1, 3, "'", '单引号'],
    ['a capitalised literal', '{ "a": True }', 1, 8, 'T', '小写的 true'],
    ['a backslash of a Windows path', '{ "file": "C:\\dir" }', 1, 14, '\\', '反斜杠'],
    ['a comment', '{ "a": 1 } // note', 1, 12, '/', '注释'],
    ['a full-width space', '{ "a":\u30001 }', 1, 7, '\u3000', '全角空格'],
    ['an empty file', '', 1, 1, null, '文件是空的'],
    ['a text running off the end of the file', '{ "a": "x', 1, 8, '"', '缺少收尾的英文双引号'],
    ['columns count characters, not bytes', '{ "名称": "伍家岗" "x": 1 }', 1, 13, '"', '缺少英文逗号'],
    ['a byte order mark is not a mistake', '\uFEFF{ "a": 1 }', null, null, null, ''],
    ['a byte order mark does not shift the column', '\uFEFF{ "a": 1, }', 1, 9, ',', '多了逗号'],
  ] as const)('%s', (_, text, line, column, found, cause) => {
    const problem = findJsonProblem(text);
    if (line === null) {
      expect(problem).toBeNull();
      return;
    }
    expect(problem).toMatchObject({ line, column, found });
    expect(problem!.cause).toContain(cause);
  });

  it('says it in one sentence with the line itself, cut around the column when long', () => {
    const long = `{\n  "notes": ["${'很长的说明文字'.repeat(20)}结尾”]\n}`;
    const message = describeJsonProblem(findJsonProblem(long)!);
    expect(message).toMatch(/^JSON 格式有误（invalid JSON）：第 2 行第 \d+ 列的「”」处（该行：…/u);
    expect(message).toContain('结尾”]）');
    expect(message).not.toMatch(/Unexpected|Expected|position/u);
  });

  it.each([
    [0, 1, 1],
    [3, 2, 1],
    [6, 2, 4],
  ])('offset %i is line %i, column %i', (offset, line, column) => {
    expect(position('ab\n伍家岗\n', offset)).toEqual({ line, column });
  });
});

describe('the scanner and JSON.parse agree on every mutation of a real file', () => {
  // Every structural character of a real content file deleted, doubled or typed full-width: the
  // scanner must call broken exactly what JSON.parse refuses, so no message ever lacks a place.
  const original = readFileSync('content/indicators/07-charging-piles.json', 'utf8');
  const swaps: Record<string, string> = { '"': '“', ',': '，', ':': '：', '{': '｛', '[': '［' };
  const mutations: string[] = [];
  [...original].forEach((c, i) => {
    if (!'{}[],:"'.includes(c)) return;
    mutations.push(original.slice(0, i) + original.slice(i + 1), original.slice(0, i) + c + original.slice(i));
    if (swaps[c]) mutations.push(original.slice(0, i) + swaps[c] + original.slice(i + 1));
  });

  it(`${mutations.length} mutations`, () => {
    for (const text of mutations) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonProblem(text) === null, text).toBe(valid);
    }
  });

  it('parseJsonFile gives the value, or the Chinese message', () => {
    expect(parseJsonFile('\uFEFF[1]')).toEqual({ ok: true, value: [1] });
    expect(parseJsonFile('[1,]')).toEqual({ ok: false, message: expect.stringContaining('第 1 行第 3 列') as unknown });
  });
});

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

/** Line (from 1) of the first line of a content file that contains `text`. */
const lineOf = (file: string, text: string) =>
  readFileSync(join('content', file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

describe('in the content check: real files broken as clerks break them', () => {
  it.each([
    ['a missing comma', 'indicators/13-hospital-beds.json', '"number": 13,', '"number": 13', '"number": 13', '缺少英文逗号'],
    ['full-width quotes', 'indicators/21-theme-parks.json', '"remark": "伍家岗区自主设定"', '"remark": “伍家岗区自主设定”', '"remark"', '中文（全角）引号'],
    ['a full-width closing quote', 'departments.json', '"name": "区商务局"', '"name": "区商务局”', '"name": "区商务局"', '收尾引号是中文引号'],
    [
      'a trailing comma',
      'indicators/09-water-supply.json',
      /"responsible": \[\n\s*"housing-construction"\n\s*\]/,
      '"responsible": ["housing-construction",]',
      '"responsible"',
      '最后一项后面多了逗号',
    ],
    ['a missing closing bracket', 'discrepancies.json', /\]\s*$/, '\n', null, '缺少右括号「]」'],
  ] as const)('%s', (_, file, from, to, lineText, cause) => {
    copy = copyContent();
    copy.edit(file, from, to);
    const message = formatIssues(readContent(copy.dir).issues);
    const line = lineText === null ? readFileSync(join(copy.dir, file), 'utf8').split('\n').length : lineOf(file, lineText);
    expect(message).toContain(file);
    expect(message).toContain('字段 （整个文件）：JSON 格式有误（invalid JSON）');
    expect(message).toContain(`第 ${line} 行第`);
    expect(message).toContain(cause);
    expect(message).not.toMatch(/Unexpected token|Expected ','|in JSON at position/u);
  });

  it('a file saved with a byte order mark passes', () => {
    copy = copyContent();
    const path = join(copy.dir, 'indicators/13-hospital-beds.json');
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8')}`);
    expect(readContent(copy.dir).issues).toEqual([]);
  });

  it('a broken frozen file says the same, naming the frozen file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'liangxin-frozen-'));
    try {
      writeFileSync(join(dir, 'document.json'), '{\n  "title": “伍家岗区行动方案”,\n  "status": "送审稿"\n}\n');
      const { issues } = readFrozen(dir, (p) => `content/versions/review-draft/${p}`);
      const message = formatIssues(issues);
      expect(message).toContain('content/versions/review-draft/document.json');
      expect(message).toContain('冻结文件应能读取（frozen file unreadable）：JSON 格式有误（invalid JSON）：第 2 行第 12 列的「“」处');
      expect(message).toContain('中文（全角）引号');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
