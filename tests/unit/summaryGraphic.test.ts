/** 一图读懂: built from the content, it shows all ten actions with their lead bureaus as the source document lists them. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { itemMarker } from '../../src/model/format.ts';
import { headlineTarget } from '../../src/model/indicators.ts';
import { discrepantNote, pictureLimits, summarySvg, summaryText } from '../../src/images/summaryGraphic.ts';
import { actionsName } from '../../src/model/counts.ts';
import { annexRows, tasks } from '../helpers/sourceDocument.ts';
import { summaryOfContent } from '../helpers/summaryOfContent.ts';

const { content } = readContent();
const input = summaryOfContent(content);
const svg = summarySvg(input);
/** What a reader sees in the picture: the <text> runs joined (titles may wrap over lines). */
const pictureText = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
const sourceActions = tasks('二、重点任务');

describe('summary picture', () => {
  it('is well-formed SVG with a title for assistive technology', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img"/);
    expect(svg).toContain('<title id="t">一图读懂：');
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('shows ten actions', () => {
    expect(input.actions).toHaveLength(10);
    expect(sourceActions).toHaveLength(10);
  });

  it.each(sourceActions.map((a, i) => [i + 1, a.title, a.lead] as const))(
    'action %i %s with its lead bureaus %j, as the document lists them',
    (n, title, lead) => {
      expect(pictureText).toContain(`${itemMarker(n)}${title}`);
      expect(pictureText).toContain(`牵头：${lead.join('、')}`);
    },
  );

  it('shows each main indicator’s headline target, as 附件2 writes it', () => {
    // 主要目标 is a merged cell in 附件2, so which rows are main comes from the content.
    const main = content.indicators.filter((i) => i.data.type === 'main');
    expect(input.targets).toHaveLength(main.length);
    for (const { data: ind } of main) {
      const row = annexRows().find((r) => r.number === ind.number)!;
      const t = headlineTarget(ind)!;
      // The district columns are the last two of the seven target cells: 2024, then 2027.
      expect(t.cell.kind === 'value' ? t.cell.raw : '').toBe(row.cells[t.year === 2027 ? 6 : 5]);
      expect(pictureText).toContain(row.name);
      expect(pictureText).toContain(t.cell.kind === 'value' ? t.cell.raw : '?');
    }
  });

  it('marks each target whose wording the plan’s text contradicts (content/discrepancies.json), in the picture and its text', () => {
    const marked = new Set(content.discrepancies.flatMap((d) => d.data.indicators));
    const main = content.indicators.filter((i) => i.data.type === 'main').sort((a, b) => a.data.number - b.data.number);
    expect(main.some((i) => marked.has(i.data.number))).toBe(true);
    main.forEach((i, k) => {
      expect(input.targets[k]!.discrepant).toBe(marked.has(i.data.number));
      expect(summaryText(input).targets[k]!.includes(discrepantNote)).toBe(marked.has(i.data.number));
    });
    expect(pictureText).toContain(`※ ${discrepantNote}`);
  });

  it('draws every action and target of the plan, with no “另有” line', () => {
    expect(input.actions.length).toBeLessThanOrEqual(pictureLimits.actions);
    expect(input.targets.length).toBeLessThanOrEqual(pictureLimits.targets);
    expect(pictureText).not.toContain('另有');
  });

  it('stays a summary for a much larger plan: lists up to its limits and says how many more there are', () => {
    const many = {
      ...input,
      actions: Array.from({ length: 30 }, (_, i) => ({ ...input.actions[i % 10]!, number: i + 1 })),
      targets: Array.from({ length: 20 }, (_, i) => input.targets[i % input.targets.length]!),
    };
    const big = summarySvg(many);
    const text = [...big.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    expect(text).toContain(`${itemMarker(pictureLimits.actions)}`);
    expect(text).not.toContain(`${itemMarker(pictureLimits.actions + 1)}`);
    expect(text).toContain(`另有 ${30 - pictureLimits.actions} 项行动未在图中列出，见网站“${actionsName(30)}”页。`);
    expect(text).toContain(`另有 ${20 - pictureLimits.targets} 项主要目标未在图中列出，见网站“目标指标”页。`);
    // The picture's own height (the root <svg>), which every line of text must lie within.
    const height = (svg: string) => Number(/^<svg[^>]* height="([^"]+)"/.exec(svg)![1]);
    expect(Number.isFinite(height(big))).toBe(true);
    const ys = [...big.matchAll(/<text[^>]* y="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(ys.every((y) => Number.isFinite(y) && y > 0 && y < height(big))).toBe(true);
    // Ten times the content draws no taller a picture (only the counts in the “另有” lines change).
    const tenfold = { ...many, actions: Array.from({ length: 10 }, () => many.actions).flat(), targets: Array.from({ length: 10 }, () => many.targets).flat() };
    expect(height(summarySvg(tenfold))).toBe(height(big));
  });

  it('changes when the content does', () => {
    const changed = summarySvg({ ...input, actions: input.actions.map((a) => (a.number === 3 ? { ...a, title: '改名后的行动' } : a)) });
    expect(changed).toContain('（三）改名后的行动');
    expect(changed).not.toContain(sourceActions[2]!.title);
  });

  it('has a text equivalent with every fact of the picture', () => {
    const text = summaryText(input);
    expect(text.actions).toHaveLength(10);
    for (const line of [...text.actions, ...text.targets]) {
      const [head] = line.split('——');
      expect(pictureText.replace(/牵头：/g, '')).toContain(head!.split('：')[0]!);
    }
  });

  it('escapes markup in content', () => {
    expect(summarySvg({ ...input, title: 'A<B & "C"' })).toContain('A&lt;B &amp; &quot;C&quot;');
  });
});
