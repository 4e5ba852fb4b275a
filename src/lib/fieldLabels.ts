/** Chinese names of content fields, so that error messages speak to staff in their terms. */
export const fieldLabels: Record<string, string> = {
  id: '标识',
  name: '名称',
  aliases: '别称',
  number: '序号',
  slug: '网址标识',
  title: '标题',
  lead: '牵头单位',
  responsible: '责任单位',
  responsibleText: '责任单位（表中文字）',
  allActionLeads: '是否为各牵头单位',
  figures: '文中目标',
  text: '原文',
  indicators: '指标序号',
  type: '指标类型',
  unit: '单位',
  measure: '计量方式',
  targets: '目标值',
  national2027: '国家2027年目标',
  province2024: '省2024年目标',
  province2027: '省2027年目标',
  city2024: '市2024年目标',
  city2027: '市2027年目标',
  district2024: '区2024年目标',
  district2027: '区2027年目标',
  origin: '备注（指标来源）',
  inherited: '由上行合并单元格继承的字段',
  action: '所属行动',
  source: '出处原文',
  notes: '说明',
  order: '顺序',
  kind: '类别',
  anchor: '锚点',
  declares: '起草说明所述数量',
  status: '文件状态',
  url: '网址',
  email: '电子邮箱',
  writtenDate: '成文日期',
  publishedDate: '发布日期',
  body: '正文',
  period: '报告期',
  department: '填报单位',
  sample: '是否示例数据',
  importedFrom: '导入来源文件',
  imported: '导入日期',
  rows: '数据行',
  indicator: '指标编号',
  asOf: '截至日期',
  value: '数值',
  note: '备注',
};

/** "targets.city2024" → "targets.city2024（市2024年目标）". */
export function describeField(path: ReadonlyArray<string | number>): string {
  const key = path.map(String).join('.');
  if (!key) return '（整个文件）';
  const last = [...path].reverse().find((p) => typeof p === 'string');
  const label = last ? fieldLabels[last] : undefined;
  return label ? `${key}（${label}）` : key;
}
