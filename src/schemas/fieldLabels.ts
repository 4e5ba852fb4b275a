/** Chinese names of content fields, so that error messages speak to staff in their terms. */
export const fieldLabels: Record<string, string> = {
  id: '标识',
  words: '日常说法',
  term: '网站用语',
  name: '名称',
  aliases: '别称',
  fullName: '全称',
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
  remark: '备注（指标来源）',
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
  docNumber: '发文字号',
  issuers: '发文机关',
  written: '成文日期',
  issued: '发布日期',
  applies: '适用期',
  from: '开始日期',
  to: '结束日期',
  checks: '核实记录',
  verified: '核实记录',
  checkedBy: '核实人',
  checkedOn: '核实日期',
  against: '核对依据',
  facts: '所核实的内容',
  fromPlan: '方案起草说明所载内容',
  districtContact: '区内咨询联系方式',
  office: '办公室或科室',
  hours: '办公时间',
  purpose: '用途',
  policy: '所依据的政策',
  label: '补贴对象',
  replacedBy: '被替代的政策',
  replacedAfter: '被替代的日期',
  quotes: '方案原文引用',
  policies: '适用政策',
  askAt: '咨询渠道',
  faq: '常见问题',
  howTo: '办理指引',
  steps: '办理步骤',
  materials: '所需材料',
  channels: '办理渠道',
  document: '出处文件',
  topic: '主题',
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
  revisions: '数据修订记录',
  revised: '修订日期',
  previous: '原数值',
  previousFrom: '原数据来源文件',
  reason: '说明',
  alternative: '另一种读法',
  pages: '所涉页面',
  sides: '不一致的原文',
  where: '出处',
  shown: '本站采用哪一处',
  cells: '表文不一致的目标值',
  cell: '目标栏',
  tableValue: '附件2表中写法',
  textValue: '正文写法',
  date: '日期',
  issuer: '发布单位',
  attachments: '附件',
  file: '文件名',
  actions: '相关行动',
  topics: '相关指南主题',
  state: '补贴状态',
  published: '公布日期',
  notice: '公布名单的通知（来源）',
  noticeUrl: '通知网址',
  merchants: '参与企业名单',
  category: '类别',
  address: '地址',
  street: '街道',
  phone: '电话',
  sequence: '版本次序',
  files: '冻结文件及其指纹',
  summary: '更新说明',
  reported: '报送日期',
  previousNote: '原备注',
  reporters: '填报单位调整',
  since: '起始日期',
  basis: '依据',
  confirmation: '确认记录',
  by: '确认单位',
  sponsor: '主办单位',
  organizer: '承办单位',
  siteCode: '网站标识码',
  icp: 'ICP备案',
  publicSecurity: '公安机关备案',
  contact: '咨询联系方式',
  accessibilityContact: '无障碍联系方式',
};

/**
 * The plan document's fields (site.json's document block, a frozen version's document.json), in
 * the one set of words the document page prints (components/DocumentMeta.astro), the comparison
 * of versions names and errors use: its issuer is the 发文机关, where a notice's is its 发布单位.
 */
export const documentLabels = {
  title: '标题',
  status: '文件状态',
  drafter: '起草单位',
  issuer: '发文机关',
  intendedIssuer: '拟印发机关',
  docNumber: '发文字号',
  writtenDate: '成文日期',
  publishedDate: '发布日期',
  period: '实施期限',
  basis: '依据文件',
} as const satisfies Record<string, string>;

/** Names that differ inside a progress report's rows and revisions. */
const progressLabels: Record<string, string> = {
  source: '来源表格',
  reason: '更正说明',
  note: '备注',
};

/** Names that differ inside a guide topic's 办理指引 (howTo). */
const howToLabels: Record<string, string> = {
  text: '内容',
  source: '出处',
  policy: '出处政策',
};

/** Names that differ inside site.json's registrations (icp, publicSecurity). */
const registrationLabels: Record<string, string> = {
  number: '备案号',
  url: '备案号链接',
};

/** "targets.city2024" → "targets.city2024（市2024年目标）". */
export function describeField(path: ReadonlyArray<string | number>): string {
  const key = path.map(String).join('.');
  if (!key) return '（整个文件）';
  const last = [...path].reverse().find((p) => typeof p === 'string');
  const local: Record<string, string> = path.includes('howTo')
    ? howToLabels
    : path.includes('document')
      ? documentLabels
      : path[0] === 'rows' || path[0] === 'revisions'
        ? progressLabels
        : path.includes('icp') || path.includes('publicSecurity')
          ? registrationLabels
          : {};
  const label = last ? (local[last] ?? fieldLabels[last]) : undefined;
  return label ? `${key}（${label}）` : key;
}
