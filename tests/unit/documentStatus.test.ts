/** The plan's standing as pages state it: a draft is 尚未印发, never 现行; an issued text keeps its status. */
import { describe, expect, it } from 'vitest';
import { currentTextName, isIssued, statusSentence, statusText, versionStanding } from '../../src/model/documentStatus.ts';

describe('statusText and currentTextName', () => {
  it.each([
    ['送审稿', false, '送审稿，尚未印发', '当前文本'],
    ['征求意见稿', false, '征求意见稿，尚未印发', '当前文本'],
    ['审议稿', false, '审议稿，尚未印发', '当前文本'],
    ['现行有效', true, '现行有效', '现行文本'],
    ['印发稿', true, '印发稿', '现行文本'],
    // The demo's invented issued text keeps its mark.
    ['印发稿（示例数据）', true, '印发稿（示例数据）', '现行文本'],
  ])('%s', (status, issued, text, name) => {
    expect(isIssued(status)).toBe(issued);
    expect(statusText(status)).toBe(text);
    expect(currentTextName(status)).toBe(name);
  });
});

describe('versionStanding', () => {
  it.each([
    [{ status: '送审稿', superseded: true }, '已被替代'],
    [{ status: '送审稿', superseded: false }, '尚未印发'],
    [{ status: '现行有效', superseded: false }, '现行'],
  ])('%o → %s', (v, expected) => expect(versionStanding(v)).toBe(expected));
});

describe('statusSentence', () => {
  it.each([
    [{ status: '送审稿', docNumber: '', publishedDate: '' }, '本站所载方案为送审稿，尚未印发；印发后本站按印发文本更新，并写明文件状态、发文字号和发布日期。'],
    [{ status: '现行有效', docNumber: '测试〔2027〕1号', publishedDate: '2027-02-01' }, '本站所载方案为现行有效（测试〔2027〕1号，2027-02-01发布）。'],
    [{ status: '印发稿（示例数据）', docNumber: '', publishedDate: '' }, '本站所载方案为印发稿（示例数据）。'],
  ])('%o', (doc, expected) => expect(statusSentence(doc)).toBe(expected));
});
