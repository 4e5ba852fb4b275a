/** A bureau's page model on the real content: what it leads, shares, answers for, and where else it is named. */
import { describe, expect, it } from 'vitest';
import { departmentPage } from '../../src/pageModels/departmentPage.ts';
import { reviewDraftPageContent } from '../helpers/pageData.ts';

const content = reviewDraftPageContent();
const pageOf = (id: string, base = '/') => departmentPage(content.dept(id), content, base);
const lines = (links: { label: string; title: string }[]) => links.map((l) => `${l.label}${l.title}`);

describe('a bureau’s lists', () => {
  it.each([
    [
      'commerce',
      ['行动（八）消费品以旧换新行动', '行动（九）资源回收网络构建及再生利用行动', '行动（十）产品供需对接行动'],
      ['保障措施（一）突出标准牵引', '保障措施（三）完善财税政策'],
      // Indicator 1 is 各牵头单位: every action's lead answers for it.
      [1, 4, 5, 14, 16, 17],
      ['起草说明'],
    ],
    [
      'development-reform',
      ['保障措施（四）强化要素保障'],
      [
        '行动（一）制造业设备改造行动',
        '行动（二）城市基础设施更新行动',
        '行动（三）交通运输设备绿色转型行动',
        '行动（四）农业水利设施装备提质行动',
        '行动（八）消费品以旧换新行动',
        '行动（九）资源回收网络构建及再生利用行动',
        '行动（十）产品供需对接行动',
        '保障措施（一）突出标准牵引',
        '保障措施（三）完善财税政策',
      ],
      [7],
      ['起草说明', '方案“总体要求”或“组织实施”'],
    ],
    [
      'housing-construction',
      ['行动（二）城市基础设施更新行动', '保障措施（四）强化要素保障'],
      ['行动（八）消费品以旧换新行动', '保障措施（三）完善财税政策'],
      [1, 8, 9],
      ['起草说明'],
    ],
    // Responsible for an indicator of an action it does not lead.
    ['urban-management', [], ['行动（二）城市基础设施更新行动'], [10], []],
    ['civil-affairs', [], ['行动（八）消费品以旧换新行动'], [15], []],
    // Named only in the drafting notes.
    ['justice', [], [], [], ['起草说明']],
    ['government-office', ['保障措施（二）创新金融支持'], [], [], ['起草说明']],
  ])('%s: leads %j, shares %j, indicators %j, mentioned in %j', (id, leads, shares, indicators, mentions) => {
    const page = pageOf(id);
    expect(lines(page.leads)).toEqual(leads);
    expect(lines(page.shares)).toEqual(shares);
    expect(page.indicators.map((i) => i.data.number)).toEqual(indicators);
    expect(page.mentions.map((m) => m.text)).toEqual(mentions);
  });

  it('every bureau responsible for an indicator finds it on its page, and only those', () => {
    for (const d of content.departments) {
      const expected = content.indicators.filter((i) => content.indicatorDepartments(i).includes(d)).map((i) => i.data.number);
      expect(pageOf(d.data.id).indicators.map((i) => i.data.number)).toEqual(expected);
    }
  });
});

describe('names and links', () => {
  it.each([
    ['government-office', '区政府办', '文中也写作：区政府办公室'],
    ['market-regulation', '区市场监管局', '文中也写作：区市场监督管理局'],
    ['commerce', '区商务局', null],
  ])('%s: %s, aliases %s', (id, name, aliases) => {
    const page = pageOf(id);
    expect([page.name, page.aliases]).toEqual([name, aliases]);
    expect(page.description).toBe(`${name}在伍家岗区“两新”行动方案中的分工。`);
    expect(page.indicatorsCaption).toBe(`${name}负责的指标`);
  });

  it('link actions, measures and the plan under the base path', () => {
    const page = pageOf('development-reform', '/zt/liangxin/');
    expect(page.leads[0]!.href).toBe('/zt/liangxin/measures/factors/');
    expect(page.shares[0]!.href).toBe('/zt/liangxin/actions/manufacturing/');
    expect(page.mentions.map((m) => m.href)).toEqual(['/zt/liangxin/plan/explanation/', '/zt/liangxin/plan/#organization']);
  });
});
