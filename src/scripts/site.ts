/**
 * The one script every page loads (from BaseLayout). It wires what every page has — the 关怀版
 * switch and the header search box — and fetches a page-specific widget's code only on pages
 * that have it, when src/lib/widgets.ts says it is needed. Each widget is a custom element that
 * enhances server-rendered HTML, so until (or without) its code the page is complete.
 */
import './elderModeToggle.ts';
import './searchBox.ts';
import { widgets, widgetsFor, type Widget } from '../lib/widgets.ts';

// One import() per module with a literal path, so the bundler makes each its own chunk.
const loaders: Record<string, () => Promise<unknown>> = {
  searchPage: () => import('./searchPage.ts'),
  citationCopy: () => import('./citationCopy.ts'),
  readAloud: () => import('./readAloud.ts'),
  progressChart: () => import('./progressChart.ts'),
  indicatorTable: () => import('./indicatorTable.ts'),
  progressFilter: () => import('./progressFilter.ts'),
};

const capable = (need: NonNullable<Widget['needs']>) => need in window;

function load(widget: Widget) {
  loaders[widget.module]?.().catch(() => {
    // Offline or a stale cache after a deploy: the server-rendered content stays as it is.
  });
}

function whenVisible(widget: Widget, elements: Element[]) {
  if (!('IntersectionObserver' in window)) return load(widget);
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      load(widget);
    },
    // A screen ahead, so the widget is ready by the time the reader gets there.
    { rootMargin: '100% 0px' },
  );
  for (const el of elements) observer.observe(el);
}

const present = widgets.map((w) => w.tag).filter((tag) => document.getElementsByTagName(tag).length > 0);
for (const widget of widgetsFor(present, capable)) {
  if (widget.when === 'present') load(widget);
  else whenVisible(widget, [...document.getElementsByTagName(widget.tag)]);
}
