/**
 * Bad input gets a clear message: each case breaks one thing in a copy of content/ and expects
 * a message naming the file, the field (English key and Chinese name) and what is expected.
 * The edits are written against the 送审稿's words, so the copy holds the 送审稿 (the frozen copy once
 * staff have frozen it and issued the plan).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { formatIssues } from '../../src/checks/issue.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

const cases: [string, string, string | RegExp, string, string[]][] = [
  [
    'unknown bureau',
    'indicators/15-elderly-home-adaptation.json',
    '"civil-affairs"',
    '"civil"',
    ['15-elderly-home-adaptation.json', 'responsible.0（责任单位）', '应为 content/departments.json 中已有的部门标识', '"civil"'],
  ],
  ['unknown bureau in an action', 'actions/05-education.mdx', 'lead: ["education"]', 'lead: ["edu"]', ['05-education.mdx', 'lead.0（牵头单位）', '"edu"']],
  ['duplicate number', 'actions/03-transport.mdx', 'number: 3', 'number: 2', ['03-transport.mdx', 'number（序号）', '序号不能重复', '应有序号为 3 的条目']],
  [
    'duplicate indicator number',
    'indicators/09-water-supply.json',
    '"number": 9',
    '"number": 8',
    ['09-water-supply.json', 'number（序号）', '指标序号不能重复'],
  ],
  [
    'malformed value',
    'indicators/07-charging-piles.json',
    '"1050个"',
    '"1050"',
    ['07-charging-piles.json', 'targets.district2024（区2024年目标）', '数值加单位', '"1050"'],
  ],
  [
    'wrong unit',
    'indicators/08-elevators.json',
    '"100台"',
    '"100套"',
    ['08-elevators.json', 'targets.district2027（区2027年目标）', '单位应与 unit 一致（"台"）'],
  ],
  [
    'wrong share',
    'indicators/08-elevators.json',
    '占全市10%',
    '占全市12%',
    ['08-elevators.json', 'remark（备注（指标来源））', '区 100台 ÷ 市 1000台 = 10%', '"占全市12%"'],
  ],
  ['unknown remark wording', 'indicators/21-theme-parks.json', '"伍家岗区自主设定"', '"区里定的"', ['21-theme-parks.json', 'remark', '"占全市x%"']],
  [
    'wrong type',
    'indicators/01-equipment-investment.json',
    '"type": "main"',
    '"type": "主要"',
    ['01-equipment-investment.json', 'type（指标类型）', 'main（主要目标）或 specific（具体目标）'],
  ],
  ['missing field', 'indicators/11-new-energy-buses.json', /"unit": "%",\n\s*/, '', ['11-new-energy-buses.json', 'unit（单位）']],
  [
    'a target that disagrees with the text (a typo the register does not list)',
    'indicators/07-charging-piles.json',
    '"district2027": "3000个"',
    '"district2027": "300个"',
    ['07-charging-piles.json', 'targets.district2027（区2027年目标）', '应与方案正文一致', '3000个', 'discrepancies.json', '"300个"'],
  ],
  ['source not in the text', 'indicators/20-ai-labs.json', '实验室20间"', '实验室30间"', ['20-ai-labs.json', 'source.0（出处原文）', '方案正文中原样出现']],
  [
    'counts of the 起草说明',
    'indicators/22-resort-hotels.json',
    '"remark": "伍家岗区自主设定"',
    '"remark": "与市保持一致"',
    ['explanation.mdx', 'declares.aligned', '按内容统计为 8', 'declares.districtSet'],
  ],
  [
    'an action count the content does not have',
    'plan/explanation.mdx',
    'actions: 10',
    'actions: 11',
    ['explanation.mdx', 'declares.actions', '按内容统计为 10', '/actions/', '应有序号为 11 的条目'],
  ],
  [
    'a plan period other than the years of 附件2',
    'site.json',
    // Whatever the layout of site.json (staff or a command may have rewritten it).
    /("period":\s*\{\s*"start":\s*2024,\s*"end":\s*)2027/,
    '$12028',
    ['site.json', 'document.period.end', '应为附件2目标的最后一个年份 2027', '2028'],
  ],
  [
    'a figure not in its action',
    'actions/09-recycling.mdx',
    'text: "家电回收量达2万台套"',
    'text: "家电回收量达3万台套"',
    ['09-recycling.mdx', 'figures.1.text（原文）'],
  ],
  // Policy facts are printed only when checked (src/components/PolicyFact.astro): a record names who, when, against what.
  [
    'a check of a policy without what it was checked against',
    'policies.json',
    /("checkedOn": "2026-12-07",)\s*"against": "人民网2024年4月13日报道",/,
    '$1',
    ['policies.json', 'checks.0.against（核对依据）', '应写明核对依据'],
  ],
  [
    'a subsidy figure with a thousands separator (the site writes 20000元, as the plan writes 1000辆)',
    'policies.json',
    '"value": "20000元"',
    '"value": "20,000元"',
    ['policies.json', 'value（数值）', '数字不加千位分隔符'],
  ],
  [
    'a check of a fact that is not one of a policy’s',
    'policies.json',
    /"facts": \[\s*"title",\s*"issuers"\s*\]/,
    '"facts": ["title", "validity"]',
    ['policies.json', 'checks.0.facts.1（所核实的内容）', '应为 title、docNumber'],
  ],
  [
    'a 文号 written into a guide answer',
    'guide/01-cars.json',
    '方案本身没有规定区级补贴金额。',
    '方案本身没有规定区级补贴金额，见商消费函〔2024〕75号。',
    ['01-cars.json', 'faq.0.a', '正文中不应写发文字号', 'docNumber'],
  ],
  [
    'a 文号 written into a policy summary',
    'policies.json',
    '汽车补贴自2026年起改为按车价比例计算。',
    '汽车补贴自2026年起改为按车价比例计算，参见发改环资〔2025〕1745号。',
    ['policies.json', 'summary', '正文中不应写发文字号'],
  ],
  ['broken frontmatter, with its line', 'measures/02-finance.mdx', 'number: 2\n', 'number: [2\n', ['02-finance.mdx', '文件头', '第 3 行']],
  // Astro reads frontmatter with js-yaml, which makes an unquoted date a Date; the check must too.
  [
    'an unquoted date as a title',
    'measures/01-standards.mdx',
    /title: .*\n/,
    'title: 2024-05-01\n',
    ['01-standards.mdx', 'title（标题）', '期望 string', '"2024-05-01T00:00:00.000Z"'],
  ],
  [
    'broken JSON, in Chinese with line and column (more in jsonSyntax.test.ts)',
    'indicators/13-hospital-beds.json',
    '"number": 13,',
    '"number": 13',
    ['13-hospital-beds.json', 'JSON 格式有误（invalid JSON）：第 2 行第 14 列', '缺少英文逗号'],
  ],
  [
    'a synonym to a word no page has',
    'search-synonyms.json',
    '"term": "电动自行车"',
    '"term": "电摩托"',
    ['search-synonyms.json', '1.term（网站用语）', '应为网站页面中出现的词语', '"电摩托"'],
  ],
  [
    'an empty synonym list',
    'search-synonyms.json',
    '["电动车", "电瓶车", "电驴", "小电驴"]',
    '[]',
    ['search-synonyms.json', '1.words（日常说法）', '至少应有一个日常说法'],
  ],
  [
    'a 更新记录 entry dated before the one above it',
    'changelog.json',
    /("id": "2026-12-01-department-names",\s*"date": )"2026-12-01"/,
    '$1"2026-11-29"',
    ['changelog.json', '.date（日期）', '应按日期先后排列，不早于上一条的 2026-12-01', '"2026-11-29"'],
  ],
  [
    'a 更新记录 entry dated after the build',
    'changelog.json',
    /("id": "2026-12-01-policy-status",\s*"date": )"2026-12-01"/,
    '$1"2999-12-31"',
    ['changelog.json', '.date（日期）', '不能晚于构建日期', '"2999-12-31"'],
  ],
  [
    'a 更新记录 id used twice',
    'changelog.json',
    '"id": "2026-12-01-search-words"',
    '"id": "2026-11-30-plan"',
    ['changelog.json', '.id（标识）', '标识不能重复'],
  ],
  [
    'a 更新记录 summary on two lines',
    'changelog.json',
    '部门分工：为15个部门补充全称。',
    '部门分工：\\n为15个部门补充全称。',
    ['changelog.json', '.summary（更新说明）', '应为一行'],
  ],
  ['bad site setting', 'site.json', '"email": ""', '"email": "not-an-email"', ['site.json', 'contact.email（电子邮箱）', '应为电子邮箱地址']],
  // The document's issuer is its 发文机关 (a notice's issuer is its 发布单位): one set of document labels.
  [
    'the document’s issuer named as the document page names it',
    'site.json',
    /"issuer":\s*"[^"]*"/,
    '"issuer": 5',
    ['site.json', 'document.issuer（发文机关）'],
  ],
  [
    'a 计算口径 the code applies without an entry',
    'readings.json',
    /,\s*\{\s*"id": "search-synonyms"[\s\S]*?\}/,
    '',
    ['readings.json', '（整个文件）', '应登记计算口径 "search-synonyms"', 'rule applied but not registered'],
  ],
  [
    'a 计算口径 entry the code does not apply',
    'readings.json',
    '"id": "straight-line-path"',
    '"id": "linear-path"',
    ['readings.json', '4.id（标识）', '网站的程序没有应用这条计算口径', 'rule applied nowhere', '"linear-path"'],
  ],
  [
    'a 计算口径 without its explanation',
    'readings.json',
    /"reason": "搜索“冰箱”“电动车”“老人”等日常说法[^"]*"/,
    '"reason": ""',
    ['readings.json', '12.reason', '不能为空，应写口径的说明'],
  ],
  [
    'a contradiction about an indicator the plan does not have',
    'discrepancies.json',
    '"indicators": [20],',
    '"indicators": [23],',
    ['discrepancies.json', '6.indicators.0（指标序号）', '应为附件2中已有的指标序号（unknown indicator）', '23'],
  ],
  [
    'a contradiction with one side only',
    'discrepancies.json',
    /,\n\s*\{ "where": "方案正文 二、（五）教育设施信息化升级行动"[^}]*\}/,
    '',
    ['discrepancies.json', '6.sides（不一致的原文）', '至少应有两处不一致的原文'],
  ],
  [
    "the demo's invented identity in real content",
    'site.json',
    '"site": {',
    '"site": {\n    "sample": true,',
    ['site.json', 'site.sample（是否示例数据）', '网站标识和联系方式是示例数据（演示站专用）'],
  ],
  [
    'a contact phone that is no number',
    'site.json',
    /"phone": "[^"]*"/,
    '"phone": "请拨打区政府"',
    ['site.json', 'site.contact.phone（电话）', '应为电话号码'],
  ],
];

describe('content mistakes are reported with file, field and what is expected', () => {
  it.each(cases)('%s', (_, file, from, to, expected) => {
    copy = copyContent({ reviewDraft: true });
    copy.edit(file, from, to);
    const { issues } = readContent(copy.dir);
    const message = formatIssues(issues);
    expect(issues.length).toBeGreaterThan(0);
    for (const part of expected) expect(message).toContain(part);
  });

  it('the real content has no issues, so every message above comes from the edit', () => {
    expect(readContent('content').issues).toEqual([]);
  });
});
