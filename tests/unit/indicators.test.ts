import { describe, expect, it } from 'vitest';
import { cellDescription, cellText, districtShare, headlineTarget, levelFields, type IndicatorLike } from '../../src/model/indicators.ts';
import { departmentRank, mentionedIn, roleIn } from '../../src/model/departmentRoles.ts';
import { isCurrent } from '../../src/site/nav.ts';

const none = { national2027: '/', province2024: '/', province2027: '/', city2024: '/', city2027: '/', district2024: '/', district2027: '/' };
const make = (targets: Partial<typeof none>, measure: IndicatorLike['measure'] = 'cumulative', remark = '占全市10%'): IndicatorLike => ({
  type: 'specific',
  measure,
  unit: '台',
  remark,
  targets: { ...none, ...targets },
});

describe('districtShare', () => {
  it.each([
    ['2027 targets', make({ city2027: '1000台', district2027: '100台' }), { year: 2027, percent: 10, stated: 10 }],
    ['2024 targets', make({ city2024: '3200辆', district2024: '1000辆' }, 'annual', '占全市31.25%'), { year: 2024, percent: 31.25, stated: 31.25 }],
    [
      'a stated share that disagrees is reported, not hidden',
      make({ city2027: '600台套', district2027: '100台套' }, 'cumulative', '占全市10%'),
      { year: 2027, percent: 16.67, stated: 10 },
    ],
    ['no city target', make({ district2027: '1家' }, 'cumulative', '伍家岗区自主设定'), null],
    ['growth rates have no share', make({ city2027: '25%', district2027: '25%' }, 'growth', '与市保持一致'), null],
    ['ratios have no share', make({ city2027: '80%', district2027: '80%' }, 'rate', '与市保持一致'), null],
  ])('%s', (_, ind, expected) => expect(districtShare(ind)).toEqual(expected));
});

describe('headlineTarget', () => {
  it('prefers 2027', () => expect(headlineTarget(make({ district2024: '1050个', district2027: '3000个' }))?.year).toBe(2027));
  it('falls back to 2024', () => expect(headlineTarget(make({ district2024: '150户' }))?.year).toBe(2024));
  it('is null without district targets', () => expect(headlineTarget(make({}))).toBeNull());
});

describe('levelFields (what a card shows for a level)', () => {
  it.each([
    [
      'district, both years',
      make({ district2024: '1050个', district2027: '超3000个' }),
      'district',
      [
        { label: '区级 2024年', text: '1050个', set: true },
        { label: '区级 2027年', text: '超3000个', set: true },
      ],
    ],
    [
      'city, no 2024 target and a blank 2027 cell',
      make({ city2024: '/', city2027: '' }),
      'city',
      [
        { label: '市级 2024年', text: '不设此级目标', set: false },
        { label: '市级 2027年', text: '表中空白，未设目标', set: false },
      ],
    ],
    ['national has 2027 only', make({ national2027: '25%' }), 'national', [{ label: '国家级 2027年', text: '25%', set: true }]],
  ] as const)('%s', (_, ind, level, expected) => expect(levelFields(ind, level)).toEqual(expected));
});

describe('cells as read', () => {
  it.each([
    [{ kind: 'none', raw: '/' } as const, '/', '不设此级目标'],
    [{ kind: 'blank', raw: '' } as const, '（空白）', '表中空白，未设目标'],
    [{ kind: 'value', raw: '超6000辆', value: 6000, unit: '辆', qualifier: '超' } as const, '超6000辆', '超6000辆'],
  ])('%j', (cell, text, description) => {
    expect(cellText(cell)).toBe(text);
    expect(cellDescription(cell)).toBe(description);
  });
});

describe('department roles', () => {
  const task = { slug: 'x', lead: ['commerce', 'science-technology-economy'], responsible: ['development-reform'] };
  it.each([
    ['commerce', 'lead'],
    ['science-technology-economy', 'lead'],
    ['development-reform', 'responsible'],
    ['education', null],
  ])('%s → %s', (id, role) => expect(roleIn(task, id)).toBe(role));
  it('finds mentions by any name', () => {
    expect(mentionedIn(['区市场监管局', '区市场监督管理局'], { a: '征求区市场监督管理局意见', b: '无' })).toEqual(['a']);
  });
});

describe('navigation', () => {
  it.each([
    ['/', '/', true],
    ['/', '/plan/', false],
    ['/actions/', '/actions/transport/', true],
    ['/plan/', '/actions/', false],
  ])('%s current at %s: %s', (path, at, current) => expect(isCurrent({ label: '', path }, at)).toBe(current));
});

describe('departmentRank', () => {
  const actions = [
    { slug: 'a1', lead: ['sci'], responsible: ['dev', 'park'] },
    { slug: 'a2', lead: ['housing'], responsible: ['urban', 'dev'] },
  ];
  const measures = [{ slug: 'm1', lead: ['market'], responsible: ['dev'] }];
  it.each([
    ['sci', 0],
    ['housing', 1],
    ['market', 100],
    ['dev', 200],
    ['urban', 201],
    ['justice', 1000],
  ])('%s → %i', (id, rank) => {
    expect(departmentRank(id, actions, measures)).toBe(rank);
  });
});
