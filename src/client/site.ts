/**
 * The one script every page loads (from BaseLayout). It wires what every page has — the 关怀版
 * switch and the header search box — and fetches a page-specific widget's code only on pages
 * that have it, when src/site/widgets.ts says it is needed. Each widget is a custom element that
 * enhances server-rendered HTML, so until (or without) its code the page is complete.
 */
import './elderModeToggle.ts';
import './searchBox.ts';
import { moduleOf, widgets } from '../site/widgets.ts';

// Every widget module, each its own chunk fetched by import() only when load() asks for it; the
// table in src/site/widgets.ts says which element each defines and when it is needed.
const modules = import.meta.glob('./widgets/*.ts');

const load = (tag: string) =>
  modules[`./widgets/${moduleOf(tag)}.ts`]?.().catch(() => {
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
