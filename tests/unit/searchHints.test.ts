import { describe, expect, it } from 'vitest';
import { numeralValue, searchRefs, TITLE_WEIGHT, withHints } from '../../src/search/hints.ts';
import { hanCharacters, variantMap } from '../../src/search/variants.ts';

describe('numeralValue', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十二', 22],
    ['零', null],
    ['三项', null],
  ])('%s → %s', (text, n) => expect(numeralValue(text)).toBe(n));
});

// The real plan's counts: ten actions, four measures.
const counts = { actions: 10, measures: 4 };

describe('searchRefs', () => {
  it.each([
    ['/actions/transport/', '（三）交通运输设备绿色转型行动', ['行动3']],
    ['/actions/supply-demand/', '（十）产品供需对接行动', ['行动10']],
    ['/measures/finance/', '（二）创新金融支持', ['保障措施2']],
    ['/indicators/medical-equipment/', '指标12：每年更新CT、核磁共振等设备量', ['指标12']],
    ['/indicators/', '目标指标', ['2024年目标', '2027年目标', '目标指标', '主要目标', '指标清单', '指标任务清单', '两新指标任务清单', '附件2']],
    ['/actions/', '十大行动', ['十大行动', '重点任务']],
    ['/measures/', '保障措施', ['保障措施', '四项保障措施']],
    ['/departments/education/', '区教育局', []],
    ['/actions/transport/', '没有序号的标题', []],
  ])('%s %s → %j', (path, heading, refs) => expect(searchRefs(path, heading, counts)).toEqual(refs));

  it('counts the section names from the content: eleven actions are 十一大行动', () => {
    expect(searchRefs('/actions/', '十一大行动', { actions: 11, measures: 5 })).toEqual(['十一大行动', '重点任务']);
    expect(searchRefs('/measures/', '保障措施', { actions: 11, measures: 5 })).toEqual(['保障措施', '五项保障措施']);
  });
});

describe('withHints', () => {
  const page = (h1: string) => `<html><head><title>t</title></head><body><main data-pagefind-body><h1 class="x">${h1}</h1><p>正文</p></main></body></html>`;
  it('weights the title and adds the references as filters in the head', () => {
    const html = withHints('/indicators/elevators/', page('指标8：更新和加装电梯'), counts);
    expect(html).toContain(`<h1 data-pagefind-weight="${TITLE_WEIGHT}" class="x">`);
    expect(html).toContain('<meta data-pagefind-filter="ref[content]" content="指标8"></head>');
    expect(html).toContain('<p>正文</p>');
  });
  it('leaves pages without references unchanged apart from the title weight', () => {
    const html = withHints('/about/', page('关于本站'), counts);
    expect(html).toBe(page('关于本站').replace('<h1 class', `<h1 data-pagefind-weight="${TITLE_WEIGHT}" class`));
  });
});

describe('variant map', () => {
  it('lists each Han character once', () => expect(hanCharacters('电梯 5G 电梯、以旧换新')).toEqual(['电', '梯', '以', '旧', '换', '新']));
  it('maps traditional forms back to the simplified characters of the site', () => {
    const toT: Record<string, string> = { 电: '電', 旧: '舊', 发: '發' };
    const toHK: Record<string, string> = { 发: '髮' };
    const map = variantMap(['电', '梯', '旧', '发'], [(c) => toT[c] ?? c, (c) => toHK[c] ?? c]);
    expect(map).toEqual({ 電: '电', 舊: '旧', 發: '发', 髮: '发' });
  });
});
