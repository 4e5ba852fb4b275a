/**
 * 一图读懂: the plan on one picture — the actions (十大行动) with their lead bureaus and the headline
 * 2027 targets — as an SVG string built from the content data, plus the same facts as text (the
 * picture's full text equivalent). Pure, so the home page, the .svg download and tests agree.
 */
import { actionsName } from '../model/counts.ts';
import { itemMarker } from '../model/format.ts';
import { headlineTarget, measureLabels, type IndicatorLike } from '../model/indicators.ts';
import { escapeXml } from '../model/xml.ts';
import { textWidth, wrapText } from './textWidth.ts';

export interface SummaryInput {
  title: string;
  status: string;
  period: string;
  actions: { number: number; title: string; leads: string[] }[];
  /**
   * Headline targets; `measure` says what the value counts (e.g. 较2023年增长率); `discrepant` when
   * the plan's text words the target differently from 附件2, whose side the picture shows.
   */
  targets: { name: string; year: number; value: string; measure: string; discrepant: boolean }[];
}

/** Gathers what the picture shows from content entries (plain data, as the schemas type it). */
export function summaryInput(source: {
  title: string;
  status: string;
  period: { start: number | string; end: number | string };
  actions: { number: number; title: string; lead: string[] }[];
  indicators: (IndicatorLike & { name: string; number: number })[];
  departmentName: (id: string) => string;
  /** Numbers of the indicators the document words differently in its text and in 附件2. */
  discrepant?: readonly number[];
}): SummaryInput {
  const targets = source.indicators
    .filter((i) => i.type === 'main')
    .sort((a, b) => a.number - b.number)
    .flatMap((i) => {
      const t = headlineTarget(i);
      return t && t.cell.kind === 'value'
        ? [{ name: i.name, year: t.year, value: t.cell.raw, measure: measureLabels[i.measure], discrepant: source.discrepant?.includes(i.number) ?? false }]
        : [];
    });
  return {
    title: source.title,
    status: source.status,
    period: `${source.period.start}—${source.period.end}年`,
    actions: [...source.actions]
      .sort((a, b) => a.number - b.number)
      .map((a) => ({ number: a.number, title: a.title, leads: a.lead.map(source.departmentName) })),
    targets,
  };
}

/** 十大行动及牵头单位, named by the number of actions the content holds. */
function actionsHeading(input: SummaryInput): string {
  return `${actionsName(input.actions.length)}及牵头单位`;
}

/** What a target shown with 附件2's wording, where the text words it differently, carries. */
export const discrepantNote = '按附件2的表述';

/** The facts of the picture as lines of text, in the order the picture shows them. */
export function summaryText(input: SummaryInput): { heading: string; actionsHeading: string; actions: string[]; targets: string[] } {
  return {
    heading: `${input.title}（${input.status}），实施期限${input.period}`,
    actionsHeading: actionsHeading(input),
    actions: input.actions.map((a) => `${itemMarker(a.number)}${a.title}——牵头单位：${a.leads.join('、')}`),
    targets: input.targets.map((t) => `${t.name}：${t.year}年区级目标 ${t.value}（${t.measure}${t.discrepant ? `；${discrepantNote}` : ''}）`),
  };
}

// The PNG is drawn with the packaged Noto Sans CJK SC (pictureFont.ts; resvg takes the first family
// it has, and it has no other); browsers showing the SVG take the first the reader has.
const font = "'Noto Sans SC','Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";
const colors = { main: '#a61b1b', dark: '#7d1212', light: '#fbeeee', text: '#1f1f1f', muted: '#4d4d4d', line: '#c9c9c9' };

function textLines(lines: string[], x: number, y: number, size: number, attrs = ''): string {
  return lines.map((l, i) => `<text x="${x}" y="${y + i * size * 1.35}" font-size="${size}"${attrs ? ` ${attrs}` : ''}>${escapeXml(l)}</text>`).join('');
}

/**
 * Most actions and targets the picture draws. The plan has ten actions and six main targets; a
 * picture many screens tall is no longer a summary, and drawing one for a site a hundred times
 * larger took a 465 MB bitmap. Beyond these the picture says how many more there are and where
 * they are listed (the text version on the home page lists them all).
 */
export const pictureLimits = { actions: 12, targets: 9 } as const;

/** “另有 N 项… 未列出” under a list cut at its limit; returns the y below it. */
function moreLine(parts: string[], rest: number, what: string, page: string, y: number): number {
  if (rest <= 0) return y;
  parts.push(textLines([`另有 ${rest} ${what}未在图中列出，见网站“${page}”页。`], 40, y + 24, 22, `fill="${colors.text}"`));
  return y + 48;
}

/** The picture. 1200 px wide; its height follows the content, up to pictureLimits. */
export function summarySvg(input: SummaryInput): string {
  const W = 1200;
  const pad = 40;
  const parts: string[] = [];
  let y = 0;

  // Title band.
  const titleEm = (W - 2 * pad) / 34 - 2;
  const titleLines = textWidth(input.title) <= titleEm ? [input.title] : input.title.split(/(?=（)/).flatMap((part) => wrapText(part, titleEm));
  const bandH = 110 + titleLines.length * 46 + 20;
  parts.push(`<rect x="0" y="0" width="${W}" height="${bandH}" fill="${colors.main}"/>`);
  parts.push(textLines(['一图读懂'], pad, 56, 28, `fill="#ffffff" font-weight="700"`));
  parts.push(textLines(titleLines, pad, 110, 34, `fill="#ffffff" font-weight="700"`));
  parts.push(textLines([`${input.status} · 实施期限 ${input.period}`], pad, 110 + titleLines.length * 46 - 4, 22, `fill="#ffffff"`));
  y = bandH + 50;

  // The actions in two columns.
  parts.push(textLines([actionsHeading(input)], pad, y, 30, `fill="${colors.dark}" font-weight="700"`));
  y += 24;
  const colW = (W - 2 * pad - 24) / 2;
  const cards = input.actions.slice(0, pictureLimits.actions).map((a) => {
    const title = wrapText(`${itemMarker(a.number)}${a.title}`, (colW - 32) / 24);
    const lead = wrapText(`牵头：${a.leads.join('、')}`, (colW - 32) / 20);
    return { title, lead, h: 24 + title.length * 32 + lead.length * 27 + 12 };
  });
  const rows = Math.ceil(cards.length / 2);
  for (let r = 0; r < rows; r++) {
    const pair = [cards[r * 2], cards[r * 2 + 1]].filter((c) => c !== undefined);
    const h = Math.max(...pair.map((c) => c.h));
    pair.forEach((c, i) => {
      const x = pad + i * (colW + 24);
      parts.push(`<rect x="${x}" y="${y}" width="${colW}" height="${h}" fill="#ffffff" stroke="${colors.line}"/>`);
      parts.push(`<rect x="${x}" y="${y}" width="6" height="${h}" fill="${colors.main}"/>`);
      parts.push(textLines(c.title, x + 20, y + 36, 24, `fill="${colors.text}" font-weight="700"`));
      parts.push(textLines(c.lead, x + 20, y + 36 + c.title.length * 32, 20, `fill="${colors.muted}"`));
    });
    y += h + 16;
  }
  y = moreLine(parts, input.actions.length - cards.length, '项行动', actionsName(input.actions.length), y);

  // Headline targets.
  y += 40;
  parts.push(textLines(['主要目标（区级）'], pad, y, 30, `fill="${colors.dark}" font-weight="700"`));
  y += 24;
  const n = Math.max(input.targets.length, 1);
  const perRow = Math.min(n, 3);
  const boxW = (W - 2 * pad - (perRow - 1) * 16) / perRow;
  const boxes = input.targets.slice(0, pictureLimits.targets).map((t) => ({ t, name: wrapText(t.name, (boxW - 32) / 20) }));
  for (let r = 0; r < Math.ceil(boxes.length / perRow); r++) {
    const row = boxes.slice(r * perRow, r * perRow + perRow);
    const h = 100 + Math.max(...row.map((b) => b.name.length)) * 27;
    row.forEach((b, i) => {
      const x = pad + i * (boxW + 16);
      parts.push(`<rect x="${x}" y="${y}" width="${boxW}" height="${h}" fill="${colors.light}" stroke="${colors.main}"/>`);
      parts.push(textLines([`${b.t.year}年 · ${b.t.measure}${b.t.discrepant ? ' · ※' : ''}`], x + 16, y + 32, 20, `fill="${colors.muted}"`));
      parts.push(textLines([b.t.value], x + 16, y + 74, 36, `fill="${colors.main}" font-weight="700"`));
      parts.push(textLines(b.name, x + 16, y + 106, 20, `fill="${colors.text}"`));
    });
    y += h + 16;
  }
  y = moreLine(parts, input.targets.length - boxes.length, '项主要目标', '目标指标', y);
  if (boxes.some((b) => b.t.discrepant)) {
    parts.push(textLines([`※ ${discrepantNote}显示；方案正文的表述见网站各指标页。`], pad, y + 24, 20, `fill="${colors.text}"`));
    y += 48;
  }

  y += 30;
  parts.push(textLines(['本图由网站根据方案内容自动生成，文字版见网站首页。'], pad, y, 18, `fill="${colors.muted}"`));
  const H = y + 30;
  const alt = `一图读懂：${input.title}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="t d" font-family="${font}">` +
    `<title id="t">${escapeXml(alt)}</title>` +
    `<desc id="d">${escapeXml([...summaryText(input).actions, ...summaryText(input).targets].join('；'))}</desc>` +
    `<rect width="${W}" height="${H}" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`
  );
}
