/**
 * A guide topic's 办理指引 (howTo) is refused with file, field and expectation when a step has no
 * source, names an unknown policy, or has a verification record missing who, when or against what;
 * and example steps never reach the official build. An unchecked step is no mistake: it is not
 * printed and waits in the staff review. Each case adds one howTo to a copy of content/.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { formatIssues } from '../../src/checks/issue.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

const file = 'guide/01-cars.json';
const record = { checkedBy: '区商务局 某人', checkedOn: '2026-12-07', against: '商务部网站 某通知' };
const step = (source: object, verified?: object) => ({ text: '某一步', source, ...(verified ? { verified } : {}) });
/** Puts `howTo` into the cars topic of a fresh copy and reads it back. */
function withHowTo(howTo: object) {
  copy = copyContent();
  copy.edit(file, '"faq": [', `"howTo": ${JSON.stringify(howTo)},\n  "faq": [`);
  return readContent(copy.dir).issues;
}

const refused: [string, object, string[]][] = [
  ['a step without a source', { steps: [{ text: '某一步' }] }, [file, 'howTo.steps.0.source（出处）', '都应注明出处']],
  [
    'a source naming both a policy and a document',
    { steps: [step({ policy: 'car-2024-75', document: '某文件' })] },
    ['howTo.steps.0.source.policy（出处政策）', '二者选一'],
  ],
  [
    'a source naming an unknown policy',
    { steps: [step({ policy: 'car-2030-1' })] },
    ['howTo.steps.0.source.policy（出处政策）', 'content/policies.json 中已有的政策标识', '"car-2030-1"'],
  ],
  [
    'a verification record without who checked',
    { steps: [step({ policy: 'car-2024-75' }, { ...record, checkedBy: ' ' })] },
    ['howTo.steps.0.verified.checkedBy（核实人）', '应写明核实人'],
  ],
  [
    'a verification record with a date that is no day',
    { steps: [step({ policy: 'car-2024-75' }, { ...record, checkedOn: '2026-02-30' })] },
    ['howTo.steps.0.verified.checkedOn（核实日期）', '应为核实日期 YYYY-MM-DD'],
  ],
  [
    'a verification record without what it was checked against',
    { steps: [step({ policy: 'car-2024-75' })], materials: [step({ document: '某文件' }, { checkedBy: '某人', checkedOn: '2026-12-07' })] },
    ['howTo.materials.0.verified.against（核对依据）', '应写明核对依据'],
  ],
  ['a how-to without steps', { steps: [], materials: [] }, ['howTo.steps（办理步骤）', '至少应有一个办理步骤']],
  [
    'example steps in the official content',
    { sample: true, steps: [step({ document: '示例文件' })] },
    ['howTo.sample（是否示例数据）', 'examples/guide/', 'npm run build:demo'],
  ],
  [
    'a 文号 written into a step',
    { steps: [step({ document: '商消费函〔2024〕75号' })] },
    ['howTo.steps.0.source.document（出处文件）', '正文中不应写发文字号'],
  ],
];

describe('办理指引 mistakes are refused with file, field and what is expected', () => {
  it.each(refused)('%s', (_, howTo, expected) => {
    const message = formatIssues(withHowTo(howTo));
    expect(message).not.toBe('');
    for (const part of expected) expect(message).toContain(part);
  });

  it.each([
    ['a checked step of a policy', { steps: [step({ policy: 'car-2024-75' }, record)] }],
    ['an unchecked step from an official document', { steps: [step({ document: '某官方公告', url: 'https://www.mofcom.gov.cn/' })] }],
    ['a checked step whose 出处 record names a 文号', { steps: [step({ policy: 'car-2024-75' }, { ...record, against: '商消费函〔2024〕75号原文' })] }],
  ])('accepts %s', (_, howTo) => {
    expect(withHowTo(howTo)).toEqual([]);
  });
});
