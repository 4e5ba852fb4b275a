/**
 * A department reference that is not an id is answered by what was typed (src/checks/departmentRefs.ts):
 * a bureau's name gets its id, anything else the closest ids and names, never an unrelated example.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closestDepartments, departmentRefProblem, similarity } from '../../src/checks/departmentRefs.ts';
import { formatIssues } from '../../src/checks/issue.ts';
import { readContent } from '../../src/checks/readContent.ts';
import type { Department } from '../../src/schemas/department.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';

const departments = (JSON.parse(readFileSync('content/departments.json', 'utf8')) as Partial<Department>[]).map((d) => ({ aliases: [], ...d }) as Department);

describe('what a reference that is not an id gets', () => {
  it.each([
    // typed, words the message must hold
    ['区商务局', ['应写部门标识 "commerce"（区商务局）', '不是部门名称']],
    ['商务局', ['应写部门标识 "commerce"（区商务局）']],
    ['伍家岗区商务局', ['应写部门标识 "commerce"（区商务局）']],
    ['区市场监督管理局', ['应写部门标识 "market-regulation"（区市场监管局）']],
    ['宜昌市生态环境局伍家岗区分局', ['应写部门标识 "ecology-environment-branch"（市生态环境局伍家岗区分局）']],
    ['Commerce', ['应写部门标识 "commerce"（区商务局）', '全为小写']],
    [' commerce ', ['应写部门标识 "commerce"（区商务局）', '前后不留空格']],
    ['comerce', ['应为 content/departments.json 中已有的部门标识', '与所填相近的是 "commerce"（区商务局）；']],
    ['civil', ['与所填相近的是 "civil-affairs"（区民政局）；']],
    ['edu', ['与所填相近的是 "education"（区教育局）；']],
    ['区卫健委', ['与所填相近的是 "health"（区卫健局）；']],
    ['卫生健康局', ['应写部门标识 "health"（区卫健局）']],
    ['区财务局', ['"finance"（区财政局）']],
    ['交通局', ['没有与所填相近的部门，已有的部门：', '"commerce"（区商务局）', '"finance"（区财政局）']],
  ] as const)('%j', (typed, parts) => {
    const message = departmentRefProblem(typed, departments);
    for (const part of parts) expect(message).toContain(part);
    // Never the example of a slug that has nothing to do with the input.
    expect(message).not.toContain('urban-infrastructure');
  });

  it('an id is fine', () => {
    expect(departmentRefProblem('commerce', departments)).toBeNull();
  });

  it.each([
    ['区商务局', '区商务局', 1],
    ['商务局', '区商务局', 0.8],
    ['区卫健委', '区卫健局', 2 / 3],
    ['edu', 'education', 0.4],
    ['商', '商', 1],
    ['', '区商务局', 0],
    ['交通局', '区商务局', 0],
  ] as const)('similarity(%j, %j) = %d', (a, b, score) => {
    expect(similarity(a, b)).toBeCloseTo(score, 6);
  });

  it('a clear winner stands alone; near ties are all shown, at most three', () => {
    expect(closestDepartments('comerce', departments).map((d) => d.id)).toEqual(['commerce']);
    expect(closestDepartments('区财务局', departments).map((d) => d.id)).toEqual(expect.arrayContaining(['finance']));
    expect(closestDepartments('区局', departments).length).toBeLessThanOrEqual(3);
  });
});

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

describe('in the content check, naming file and field', () => {
  it.each([
    [
      'a bureau’s name as an action’s lead',
      'actions/08-consumer-trade-in.mdx',
      'lead: ["commerce"]',
      'lead: ["区商务局"]',
      ['08-consumer-trade-in.mdx', 'lead.0（牵头单位）', '应写部门标识 "commerce"（区商务局）', '实际为 "区商务局"'],
    ],
    [
      'a bureau’s name as an indicator’s responsible bureau',
      'indicators/15-elderly-home-adaptation.json',
      '"civil-affairs"',
      '"区民政局"',
      ['15-elderly-home-adaptation.json', 'responsible.0（责任单位）', '应写部门标识 "civil-affairs"（区民政局）'],
    ],
    [
      'a near spelling in a measure',
      'measures/02-finance.mdx',
      'lead: ["government-office"]',
      'lead: ["goverment-office"]',
      ['02-finance.mdx', 'lead.0（牵头单位）', '与所填相近的是 "government-office"（区政府办）'],
    ],
    [
      'a name not in a list',
      'actions/08-consumer-trade-in.mdx',
      'lead: ["commerce"]',
      'lead: "区商务局"',
      ['08-consumer-trade-in.mdx', 'lead（牵头单位）', '应为部门标识的列表，写在方括号 [ ] 中', '"区商务局"'],
    ],
  ] as const)('%s', (_, file, from, to, parts) => {
    copy = copyContent();
    copy.edit(file, from, to);
    const message = formatIssues(readContent(copy.dir).issues);
    for (const part of parts) expect(message).toContain(part);
    expect(message).not.toContain('urban-infrastructure');
  });

  it('a progress report’s department', () => {
    copy = copyContent({ reports: false });
    cpSync('examples/progress/2024-commerce.json', join(copy.dir, 'progress', '2024-commerce.json'));
    const path = join(copy.dir, 'progress', '2024-commerce.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"department": "commerce"', '"department": "区商务局"'));
    const message = formatIssues(readContent(copy.dir).issues);
    expect(message).toContain('2024-commerce.json');
    expect(message).toContain('department（填报单位）：应写部门标识 "commerce"（区商务局）');
  });
});
