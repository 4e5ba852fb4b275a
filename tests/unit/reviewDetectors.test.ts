/**
 * The detectors of the staff review's 文件内容 area, against the source document itself (the seed,
 * tests/fixtures/source-document.txt), not content/: the cases the drafting office must settle are
 * the document's, and the expected values below are copied from it by hand.
 */
import { describe, expect, it } from 'vitest';
import { deletedTargets, keptTasks, mentionScore, targetSubject } from '../../src/review/detectors/deletedTasks.ts';
import { everyYearGaps } from '../../src/review/detectors/everyYear.ts';
import { twoSpellings } from '../../src/review/detectors/bureauSpellings.ts';
import type { Passage } from '../../src/review/detectors/text.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import type { Department } from '../../src/schemas/department.ts';
import { annexRows, explanationLines, planLines } from '../helpers/sourceDocument.ts';

const explanation = explanationLines.join('\n');
const plan: Passage = { file: 'plan', field: 'body', label: '方案正文', text: planLines.join('\n') };
const explanationPassage: Passage = { file: 'explanation', field: 'body', label: '起草说明', text: explanation };

describe('targets the 起草说明 says were deleted', () => {
  it('are the 13 it names (删减13项: 1 main, 12 specific), each with the bureau that asked', () => {
    expect(deletedTargets(explanation).map((d) => [d.target, d.proposer])).toEqual([
      ['报废汽车回收量增长40%', '区商务局'],
      ['升级污水处理厂4座', '区住建局'],
      ['安装城市生命线安全监测物联传感设备2万套', '区住建局'],
      ['更新改造建筑施工设备600台', '区住建局'],
      ['节能建筑面积160万平方米', '区住建局'],
      ['淘汰老旧燃油船舶20艘', '区农业农村局'],
      ['涵闸建设或更新改造2处', '区农业农村局'],
      ['泵站建设或更新改造4处', '区农业农村局'],
      ['报废农机1万台套', '区农业农村局'],
      ['农作物耕种收综合机械化率60%', '区农业农村局'],
      ['家电以旧换新量5万台', '区商务局'],
      ['全年报废汽车1.35万辆', '区商务局'],
      ['培育国家级再生资源回收体系典型企业1家', '区商务局'],
    ]);
  });

  it('the targets added (区文旅局建议增加…) are not among them', () => {
    expect(deletedTargets(explanation).map((d) => d.target)).not.toContain('2027年新增主题公园1家');
  });

  it.each([
    ['升级污水处理厂4座', '污水处理厂'],
    ['安装城市生命线安全监测物联传感设备2万套', '城市生命线安全监测物联传感'],
    ['更新改造建筑施工设备600台', '建筑施工'],
    ['节能建筑面积160万平方米', '节能建筑'],
    ['涵闸建设或更新改造2处', '涵闸'],
    ['全年报废汽车1.35万辆', '报废汽车'],
    ['报废汽车回收量增长40%', '报废汽车'],
    ['培育国家级再生资源回收体系典型企业1家', '国家级再生资源回收体系'],
  ])('the subject of %s is %s', (target, subject) => expect(targetSubject(target)).toBe(subject));

  it.each([
    // The same words, or the same words turned round within one clause.
    ['污水处理厂', '加快老旧住宅电梯、既有住宅加装电梯、供水、污水处理、供热等领域设施设备更新改造', 4],
    ['报废农机', '加快推进秸秆粉碎机、玉米收割机、旋耕机等农业机械报废更新', 4],
    ['报废汽车', '贯彻落实中央、省级关于汽车报废更新、汽车置换更新政策措施', 4],
    ['节能建筑', '城市生命线工程建设、环卫、建筑施工、建筑节能改造等领域设施设备更新改造', 4],
    // Sharing a character or two, or only the plan's common words, is not naming it.
    ['老旧燃油船舶', '推进电动、氢能等新能源船舶制造及应用', 0],
    ['家电以旧换新', '联动开展“车行楚天”汽车以旧换新活动', 0],
    ['泵站', '推动工业领域锅炉、电机、变压器、制冷供热空压机、换热器、泵等重点用能设备更新换代', 0],
    ['报废汽车', '支持老旧、存在安全隐患电动自行车报废更新', 0],
  ])('%s in “%s” scores %i', (subject, sentence, score) => expect(mentionScore(subject, sentence)).toBe(score));

  it('the body still sets four of those tasks, each in the sentence that names it', () => {
    const kept = keptTasks(explanation, [plan]).map((k) => [k.deleted.map((d) => d.target), k.sentence]);
    expect(kept).toEqual([
      [['报废汽车回收量增长40%', '全年报废汽车1.35万辆'], '贯彻落实中央、省级关于汽车报废更新、汽车置换更新政策措施'],
      [
        ['升级污水处理厂4座', '安装城市生命线安全监测物联传感设备2万套', '更新改造建筑施工设备600台', '节能建筑面积160万平方米'],
        '加快老旧住宅电梯、既有住宅加装电梯、供水、污水处理、供热、液化石油气充装站、城市生命线工程建设、环卫、建筑施工、建筑节能改造等领域设施设备更新改造',
      ],
      [['报废农机1万台套'], '加快推进秸秆粉碎机、玉米收割机、旋耕机等农业机械报废更新，开展畜禽屠宰、粮油茶果加工包装等农产品加工领域设施设备更新改造'],
      [
        ['培育国家级再生资源回收体系典型企业1家'],
        '持续推进“两网融合”，完善建立“再生数字化服务平台+拆解加工再利用基地+绿色分拣中心+回收服务网点”全链条再生资源回收体系',
      ],
    ]);
  });

  it('a body that drops the task no longer keeps it', () => {
    const edited = { ...plan, text: plan.text.replace('加快推进秸秆粉碎机、玉米收割机、旋耕机等农业机械报废更新，', '') };
    expect(keptTasks(explanation, [edited]).flatMap((k) => k.deleted.map((d) => d.target))).not.toContain('报废农机1万台套');
  });
});

/** 附件2's rows as indicators: what the detector reads of them (name, the district cells, the text's sentences). */
function annexIndicators(source: Record<number, string[]> = {}): Indicator[] {
  return annexRows().map(
    (r) =>
      ({
        number: r.number,
        name: r.name,
        targets: { district2024: r.cells[5], district2027: r.cells[6] },
        source: source[r.number] ?? [],
      }) as unknown as Indicator,
  );
}

describe('每年 targets with one yearly figure', () => {
  it('in 附件2: 指标12 (2027年 10台 only) and 指标15 (2024年 150户 only), by their names', () => {
    expect(everyYearGaps(annexIndicators()).map((g) => [g.indicator.number, g.yearlyBy.kind, g.set.year, g.set.cell, g.missing])).toEqual([
      [12, 'name', 2027, '10台', 2024],
      [15, 'name', 2024, '150户', 2027],
    ]);
  });

  const medicalSentence = '力争到2027年，每年更新CT、DR、彩超等设备10台套，改造病床60张';
  it.each([
    // The text's 每年 clause states the cell's figure: a yearly target by the text.
    [
      '指标名称无“每年”，正文“每年…10台套”',
      { name: '更新设备', district2024: '/', district2027: '10台', source: [medicalSentence] },
      [['text', '每年更新CT、DR、彩超等设备10台套']],
    ],
    // 每年 governs another figure of the sentence (病床60张 is 指标13's): not this one's.
    ['每年管的是另一个数', { name: '改造病床', district2024: '/', district2027: '60个', source: [medicalSentence] }, []],
    // Both years set: the table gives yearly figures.
    ['两年都有区指标', { name: '每年更新设备', district2024: '10台', district2027: '10台', source: [] }, []],
    ['两年都没有区指标', { name: '每年更新设备', district2024: '/', district2027: '', source: [] }, []],
  ])('%s', (_, row, expected) => {
    const ind = {
      number: 99,
      name: row.name,
      targets: { district2024: row.district2024, district2027: row.district2027 },
      source: row.source,
    } as unknown as Indicator;
    expect(everyYearGaps([ind]).map((g) => [g.yearlyBy.kind, g.yearlyBy.words])).toEqual(expected);
  });
});

describe('one bureau written two ways', () => {
  const departments = [
    { id: 'market-regulation', name: '区市场监管局', aliases: ['区市场监督管理局'] },
    { id: 'government-office', name: '区政府办', aliases: ['区政府办公室'] },
    { id: 'commerce', name: '区商务局', aliases: [] },
  ] as Department[];
  const none = () => [];

  it('the document writes 区市场监管局 / 区市场监督管理局 and 区政府办 / 区政府办公室', () => {
    expect(twoSpellings(departments, [explanationPassage, plan], none).map((t) => [t.department.id, t.uses.map((u) => [u.spelling, u.where])])).toEqual([
      [
        'market-regulation',
        [
          ['区市场监管局', ['方案正文']],
          ['区市场监督管理局', ['起草说明']],
        ],
      ],
      [
        'government-office',
        [
          ['区政府办', ['起草说明', '方案正文']],
          ['区政府办公室', ['起草说明']],
        ],
      ],
    ]);
  });

  it('区政府办 inside 区政府办公室 is not a use of 区政府办', () => {
    const only = { file: 'x', field: 'body', label: '起草说明', text: '通过后以区政府办公室名义印发实施。' };
    expect(twoSpellings(departments, [only], none)).toEqual([]);
  });

  it('a bureau the pages print by name (a lead) counts as written that way', () => {
    const only = { file: 'x', field: 'body', label: '起草说明', text: '以区政府办公室名义印发' };
    const found = twoSpellings(departments, [only], (id) => (id === 'government-office' ? ['保障措施“创新金融支持”'] : []));
    expect(found.map((t) => t.uses.map((u) => u.spelling))).toEqual([['区政府办', '区政府办公室']]);
  });
});
