/**
 * The one script every page loads (from BaseLayout). It wires what every page has — the 关怀版
 * switch, and the header search box once a reader reaches for it — and fetches a page-specific
 * widget's code only on pages that have it, when src/site/widgets.ts says it is needed. Each
 * widget is a custom element that enhances server-rendered HTML, so until (or without) its code
 * the page is complete.
 */
import './elderModeToggle.ts';
import { hasChineseVoice } from './chineseVoice.ts';
import { moduleOf, widgets, type Need, type Trigger } from '../site/widgets.ts';

// Every widget module, each its own chunk fetched by import() only when load() asks for it; the
// table in src/site/widgets.ts says which element each defines and when it is needed.
const modules = import.meta.glob('./widgets/*.ts');

/** Fetches a widget's module; when that fails (offline, or a stale cache after a deploy) the server-rendered content stays as it is. */
const load = (tag: string): void =>
  void modules[`./widgets/${moduleOf(tag)}.ts`]?.().catch(() => {
    // Offline, or a stale cache after a deploy: the server-rendered content stays as it is.
  });

/** Calls `ready` once the browser has what a widget needs: now, or later (voices often load after the page). */
const capabilities: Record<Need, (ready: () => void) => void> = {
  chineseVoice: (ready) => {
    const synth = window.speechSynthesis as SpeechSynthesis | undefined;
    if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') return;
    let done = false;
    const check = () => {
      if (done || !hasChineseVoice(synth.getVoices())) return;
      done = true;
      ready();
    };
    synth.addEventListener?.('voiceschanged', check);
    check();
  },
};

const triggers: Record<Trigger, (tag: string, elements: HTMLElement[]) => void> = {
  present: (tag) => load(tag),
  visible: (tag, elements) => {
    if (!('IntersectionObserver' in window)) return load(tag);
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
  },
  asked: (tag, elements) => {
    // Pointing at the control or tabbing to it fetches the code too, so a click usually finds it
    // there; a click that comes first is made again, on the same control, once it has come.
    let clicked: EventTarget | null = null;
    const ask = (e: Event) => {
      if (e.type === 'click') clicked = e.target;
      load(tag);
    };
    const types = ['pointerover', 'focusin', 'click'];
    for (const el of elements) {
      el.hidden = false;
      for (const type of types) el.addEventListener(type, ask);
    }
    void customElements.whenDefined(tag).then(() => {
      for (const el of elements) for (const type of types) el.removeEventListener(type, ask);
      (clicked as HTMLElement | null)?.click();
    });
  },
};

// The header search box is a plain form; its code (src/client/searchBox.ts) only warms up the
// search engine, so it is fetched when a reader first points at the box or moves into it, not
// with every page.
const searchBox = document.querySelector('site-search-box');
const warmSearch = () =>
  void import('./searchBox.ts').catch(() => {
    // Offline: the box stays a plain form.
  });
for (const type of ['pointerover', 'focusin']) searchBox?.addEventListener(type, warmSearch, { once: true });

for (const { tag, when, needs } of widgets) {
  const elements = [...document.getElementsByTagName(tag)] as HTMLElement[];
  if (!elements.length) continue;
  const start = () => triggers[when](tag, elements);
  if (needs) capabilities[needs](start);
  else start();
}
