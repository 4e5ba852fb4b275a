/**
 * Which preview image each page shares: actions, measures and indicators get their own (title
 * and headline figure); every other page shares the site's. One list serves both the image
 * endpoint and the page metadata, so a page can never point at an image that was not built.
 */
import { itemMarker } from '../model/format';
import { actionsName, indicatorsName } from '../model/counts';
import { planDate, planStatusText } from '../site/pageCitation';
import { headlineTarget } from '../model/indicators';
import type { PreviewSpec } from '../images/previewImage';
import { loadContent } from './content';

let cached: Promise<Map<string, PreviewSpec>> | undefined;

/** Image path (relative to the base) → what it shows. */
export function previewSpecs(): Promise<Map<string, PreviewSpec>> {
  cached ??= buildSpecs();
  return cached;
}

async function buildSpecs(): Promise<Map<string, PreviewSpec>> {
  const content = await loadContent();
  const doc = content.site.document;
  const footer = `${content.site.title} · 方案${planStatusText(doc.status, planDate(doc))}`;
  const specs = new Map<string, PreviewSpec>();
  specs.set(defaultPreview, {
    kicker: content.site.district,
    title: doc.title,
    figure: indicatorsName(content.indicators.length),
    figureLabel: `${actionsName(content.actions.length)} · ${content.measures.length}项保障措施`,
    footer,
  });
  for (const a of content.actions) {
    const figure = a.data.figures[0]?.text ?? '';
    specs.set(`/og/actions/${a.data.slug}.png`, {
      kicker: `${actionsName(content.actions.length)}${itemMarker(a.data.number)}`,
      title: a.data.title,
      figure,
      figureLabel: figure ? '方案原文目标' : '',
      footer,
    });
  }
  for (const m of content.measures) {
    specs.set(`/og/measures/${m.data.slug}.png`, {
      kicker: `保障措施${itemMarker(m.data.number)}`,
      title: m.data.title,
      figure: m.data.lead.map((id) => content.dept(id).data.name).join('、'),
      figureLabel: '牵头单位',
      footer,
    });
  }
  // The picture shows 附件2's name and cell; where the plan's text words them differently, it says so.
  const discrepant = new Set(content.discrepancies.flatMap((d) => d.indicators));
  for (const i of content.indicators) {
    const h = headlineTarget(i.data);
    specs.set(`/og/indicators/${i.data.slug}.png`, {
      kicker: `目标指标 · 指标${i.data.number}${discrepant.has(i.data.number) ? ' · 按附件2的表述' : ''}`,
      title: i.data.name,
      figure: h && h.cell.kind === 'value' ? h.cell.raw : '',
      figureLabel: h ? `伍家岗区${h.year}年目标` : '',
      footer,
    });
  }
  return specs;
}

export const defaultPreview = '/og/site.png';

/** The preview image for a page path (without base), e.g. /indicators/charging-piles/. */
export async function previewFor(pathname: string): Promise<{ path: string; spec: PreviewSpec }> {
  const specs = await previewSpecs();
  const m = /^\/(actions|measures|indicators)\/([^/]+)\/$/.exec(pathname);
  const path = m && specs.has(`/og/${m[1]}/${m[2]}.png`) ? `/og/${m[1]}/${m[2]}.png` : defaultPreview;
  return { path, spec: specs.get(path)! };
}
