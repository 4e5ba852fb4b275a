/**
 * A guide topic's 办理指引 (howTo) is refused with file, field and expectation when a step has no
 * source, names an unknown policy, or is printed bare (verified) without a verified policy behind it;
 * and example steps never reach the official build. Each case adds one howTo to a copy of content/.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { formatIssues } from '../../src/checks/issue.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

const file = 'guide/01-cars.json';
const step = (source: object, status = 'unverified') => ({ text: '某一步', source, status });
/** Puts `howTo` into the cars topic of a fresh copy and reads it back. */
function withHowTo(howTo: object) {
  copy = copyContent();
  copy.edit(file, '"faq": [', `"howTo": ${JSON.stringify(howTo)},\n  "faq": [`);
  return readContent(copy.dir).issues;
}

const refused: [string, object, string[]][] = [
  ['a step without a source', { steps: [{ text: '某一步', status: 'unverified' }] }, [file, 'howTo.steps.0.source（出处）', '都应注明出处']],
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
    'a verified step whose policy is only partly verified',
    { steps: [step({ policy: 'car-2025-8' }, 'verified')] },
    ['howTo.steps.0.status（核实状态）', '政策 car-2025-8 的核实状态为 mixed', '应为 unverified'],
  ],
  [
    'a verified material whose policy is secondary',
    { steps: [step({ policy: 'car-2024-75' })], materials: [step({ policy: 'ndrc-2025-1745' }, 'verified')] },
    ['howTo.materials.0.status（核实状态）', '核实状态为 secondary'],
  ],
  [
    'a verified channel from a document outside the policies',
    { steps: [step({ policy: 'car-2024-75' })], channels: [step({ document: '某平台说明' }, 'verified')] },
    ['howTo.channels.0.status（核实状态）', '应为 unverified'],
  ],
  ['a step said to be the plan’s words', { steps: [step({ policy: 'car-2024-75' }, 'plan')] }, ['howTo.steps.0.status（核实状态）', '不能写 plan']],
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
    ['a verified step of a verified policy', { steps: [step({ policy: 'car-2024-75' }, 'verified')] }],
    ['an unverified step from an official document', { steps: [step({ document: '某官方公告', url: 'https://www.mofcom.gov.cn/' })] }],
  ])('accepts %s', (_, howTo) => {
    expect(withHowTo(howTo)).toEqual([]);
  });
});
