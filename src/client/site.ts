/**
 * The one script every page loads (from BaseLayout). It wires what every page has — the 关怀版
 * switch and the header search box — and fetches a page-specific widget's code only on pages
 * that have it, when src/site/widgets.ts says it is needed. Each widget is a custom element that
 * enhances server-rendered HTML, so until (or without) its code the page is complete.
 */
import './elderModeToggle.ts';
import './searchBox.ts';
import { widgets } from '../site/widgets.ts';

// One import() per module with a literal path, so the bundler makes each its own chunk; keyed by
// the widget's tag (tests/unit/widgets.test.ts checks this table against src/site/widgets.ts).
const loaders: Record<string, () => Promise<unknown>> = {
  'search-page': () => import('./searchPage.ts'),
  'citation-copy': () => import('./citationCopy.ts'),
  'read-aloud': () => import('./readAloud.ts'),
  'progress-chart': () => import('./progressChart.ts'),
  'indicator-table': () => import('./indicatorTable.ts'),
  'progress-filter': () => import('./progressFilter.ts'),
};

const load = (tag: string): void =>
  void loaders[tag]?.().catch(() => {
    // Offline, or a stale cache after a deploy: the server-rendered content stays as it is.
  });

for (const { tag, when, needs } of widgets) {
  const elements = [...document.getElementsByTagName(tag)];
  if (!elements.length || (needs && !(needs in window))) continue;
  if (when === 'present' || !('IntersectionObserver' in window)) {
    load(tag);
    continue;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      load(tag);
    },
    // A screen ahead, so the widget is ready by the time the reader gets there.
    { rootMargin: '100% 0px' },
  );
  for (const el of elements) observer.observe(el);
}
