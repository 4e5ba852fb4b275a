/**
 * The staff review's 外部信息核实: every fact from outside the plan that no one has checked yet —
 * a policy's title, 文号, issuers, dates, period, source or summary, a subsidy figure, a condition, a
 * consultation channel, a step of how to apply, an anti-fraud line — with the file and field where
 * its verification record goes. None of them reaches a page until it has one. A missing fact does
 * not stop publishing (required: false), unless /policies/ would have nothing to show.
 */
import { isPublishable, isVerified, policyFactLabels, publishedFacts, unverifiedFacts, type PolicyFactKey } from '../../model/verifiedFacts.ts';
import type { AreaItem, ReviewArea, ReviewContent } from '../reviewArea.ts';

/** What staff add once a fact is checked, said once for every item. */
const howToVerify = '核实后在该项填写 verified（checkedBy 核实人、checkedOn 日期、against 核对依据）';
const howToVerifyPolicy = '核实后在本条 checks 中记录（checkedBy 核实人、checkedOn 日期、against 核对依据、facts 所核实的内容）';

/** The field a fact lives in (the period is `applies`). */
const fieldOf = (key: PolicyFactKey) => (key === 'period' ? 'applies' : key);

type Content = Pick<ReviewContent, 'policies' | 'guide' | 'antiFraud'>;
type PolicyData = Content['policies'][number]['data'];

function valueText(p: PolicyData, key: PolicyFactKey): string {
  switch (key) {
    case 'issuers':
      return p.issuers.join('、');
    case 'period':
      return p.applies ? `${p.applies.from}${p.applies.to ? ` 至 ${p.applies.to}` : ' 起'}` : '';
    case 'source':
      return p.source ? `${p.source.name}${p.source.url ? ` ${p.source.url}` : ''}` : '';
    default:
      return p[key] ?? '';
  }
}

/** How staff recognise the entry: its id and whatever names it. */
const nameOf = (p: PolicyData) => `政策 ${p.id}（${p.title ?? p.docNumber ?? p.issuers.join('、')}）`;

function policyItems(content: Content): AreaItem[] {
  const items: AreaItem[] = [];
  content.policies.forEach(({ file, data: p }, i) => {
    const item = (field: string, what: string, required = false) => items.push({ file, field: `${i}.${field}`, what, required });
    if (!isPublishable(p)) {
      items.push({
        file,
        field: String(i),
        what: `${nameOf(p)}的标题和发文字号均未核实或未查到，本条整条不显示；${howToVerifyPolicy}`,
        required: false,
      });
    }
    for (const key of unverifiedFacts(p)) {
      item(fieldOf(key), `${nameOf(p)}的${policyFactLabels[key]}“${valueText(p, key)}”未核实，页面不显示；${howToVerifyPolicy}`);
    }
    // A rule whose end was not checked is never called 现行有效: staff confirm whether it still is.
    if (p.kind === 'rule' && isPublishable(p) && publishedFacts(p).has('period') && p.applies?.to === undefined) {
      item('applies.to', `${nameOf(p)}未查到截止日期，页面不说明其是否有效：请向主管部门确认是否仍然有效，写明截止日期并核实`);
    }
    if (p.kind === 'rule' && isPublishable(p) && p.applies === undefined) {
      item('applies', `${nameOf(p)}没有适用期，页面不说明其是否有效、不列出其补贴标准：请向主管部门确认适用期，写入 applies 并核实（facts 含 "period"）`);
    }
    p.figures.forEach((f, j) => {
      if (!isVerified(f)) item(`figures.${j}`, `${nameOf(p)}的补贴标准“${f.label}：${f.value}”未核实，页面不显示；${howToVerify}`);
    });
    p.notes.forEach((n, j) => {
      if (!isVerified(n)) item(`notes.${j}`, `${nameOf(p)}的说明“${n.text}”未核实，页面不显示；${howToVerify}`);
    });
  });
  if (content.policies.length > 0 && !content.policies.some((e) => isPublishable(e.data))) {
    items.push({
      file: content.policies[0]!.file,
      field: '',
      what: '政策文件页没有一份可显示的文件：至少核实一份文件的标题或发文字号',
      required: true,
    });
  }
  return items;
}

function guideItems(content: Content): AreaItem[] {
  return content.guide.flatMap(({ file, data: s }) => {
    const item = (field: string, what: string): AreaItem => ({ file, field, what, required: false });
    const channels = s.askAt.flatMap((c, i) =>
      isVerified(c) ? [] : [item(`askAt.${i}`, `“${s.title}”的咨询渠道“${c.name}${c.url ? `（${c.url}）` : ''}”未核实，页面不显示；${howToVerify}`)],
    );
    const h = s.howTo;
    const howTo = h
      ? (['steps', 'materials', 'channels'] as const).flatMap((list) =>
          h[list].flatMap((f, i) =>
            isVerified(f) ? [] : [item(`howTo.${list}.${i}`, `“${s.title}”的办理指引“${f.text}”未核实，该列表整体不显示；${howToVerify}`)],
          ),
        )
      : [];
    return [...channels, ...howTo];
  });
}

function antiFraudItems(content: Content): AreaItem[] {
  return content.antiFraud.flatMap(({ file, data: w }, i) =>
    isVerified(w)
      ? []
      : [
          {
            file,
            field: String(i),
            what: `防骗提示“${w.phone && w.kind === 'hotline' ? `${w.phone} ${w.name ?? ''}：` : ''}${w.text}”未核实（出处：${w.source.name}），页面不显示；${howToVerify}`,
            required: false,
          },
        ],
  );
}

/** Every unchecked fact from outside the plan, with its file and field. */
export function factsReview(content: Content): AreaItem[] {
  return [...policyItems(content), ...guideItems(content), ...antiFraudItems(content)];
}

export const factsArea: ReviewArea = {
  name: '外部信息核实',
  collect: (content) => factsReview(content),
};
