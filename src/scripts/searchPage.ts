/**
 * The /search/ page: runs the query from ?q= and every query typed after it, with the type and
 * bureau filters, and renders an ordinary list of links. The result count is announced through
 * the page's status region; everything is reachable with Tab and Enter.
 */
import { excerptParts, mergeRanked, normalizeQuery, queryRefs, rankByTitle, relaxedQueries } from '../lib/searchQuery.ts';
import { loadSearch, type PagefindResult, type SearchEngine } from './pagefind.ts';

const MAX_RESULTS = 20;
/** Relaxed queries only help when the whole query finds little. */
const RELAX_BELOW = 5;

function words(query: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return query
    .split(' ')
    .flatMap((part) => [...segmenter.segment(part)].filter((s) => s.isWordLike).map((s) => s.segment));
}

class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private typeSelect!: HTMLSelectElement;
  private bureauSelect!: HTMLSelectElement;
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.input = this.querySelector('input[name="q"]')!;
    this.status = this.querySelector('[role="status"]')!;
    this.list = this.querySelector('ol')!;
    this.typeSelect = this.querySelector('select[name="type"]')!;
    this.bureauSelect = this.querySelector('select[name="bureau"]')!;
    for (const el of this.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
    for (const el of this.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;

    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') ?? '';
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search();
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.search(), 250);
    });
    this.input.addEventListener('focus', () => void this.engine().catch(() => {}), { once: true });
    this.typeSelect.addEventListener('change', () => void this.search());
    this.bureauSelect.addEventListener('change', () => void this.search());
    if (this.input.value.trim()) void this.search();
  }

  private async engine(): Promise<SearchEngine> {
    try {
      const engine = await loadSearch();
      await this.fillFilters(engine);
      return engine;
    } catch (e) {
      this.say(
        import.meta.env.DEV
          ? '开发服务器（astro dev）中没有搜索索引：索引在构建网站时生成。请运行 npm run build，再用 npm run preview 打开本页。'
          : '搜索暂时无法使用，请稍后再试，或通过上方导航查找。',
      );
      throw e;
    }
  }

  private filled = false;
  private async fillFilters({ pagefind }: SearchEngine) {
    if (this.filled) return;
    this.filled = true;
    const filters = await pagefind.filters();
    const fill = (select: HTMLSelectElement, counts: Record<string, number> = {}) => {
      for (const [value, n] of Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))) {
        select.append(new Option(`${value}（${n}）`, value));
      }
    };
    fill(this.typeSelect, filters.type);
    fill(this.bureauSelect, filters.bureau);
  }

  private say(text: string) {
    this.status.textContent = text;
  }

  private async search() {
    const id = ++this.run;
    const raw = this.input.value;
    const url = new URL(location.href);
    if (raw.trim()) url.searchParams.set('q', raw.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);

    let engine: SearchEngine;
    try {
      engine = await this.engine();
    } catch {
      return;
    }
    const query = normalizeQuery(raw, engine.variants);
    const typed = raw.trim();
    if (!query) {
      this.list.replaceChildren();
      this.say('请输入要搜索的词语。');
      return;
    }
    const filters: Record<string, string> = {};
    if (this.typeSelect.value) filters.type = this.typeSelect.value;
    if (this.bureauSelect.value) filters.bureau = this.bureauSelect.value;
    this.list.setAttribute('aria-busy', 'true');
    const find = async (q: string) => (await engine.pagefind.search(q, { filters }))?.results ?? [];
    // A reference (第三项行动, 指标12, 2027年目标) names its page exactly: that page comes first.
    const refs = queryRefs(query);
    const referenced = (await engine.pagefind.search(null, { filters: { ...filters, ref: { any: refs } } }))?.results ?? [];

    let results: PagefindResult[] = await find(query);
    if (results.length < RELAX_BELOW) {
      const relaxed = await Promise.all(relaxedQueries(words(query)).map(find));
      const byId = new Map([...results, ...relaxed.flat()].map((r) => [r.id, r]));
      results = mergeRanked(
        results.map((r) => r.id),
        relaxed.map((list) => list.map((r) => r.id)),
      ).map((rid) => byId.get(rid)!);
    }
    const referencedIds = new Set(referenced.map((r) => r.id));
    results = [...referenced, ...results.filter((r) => !referencedIds.has(r.id))];
    const data = await Promise.all(
      results.slice(0, MAX_RESULTS).map(async (r) => {
        const d = await r.data();
        return { ...d, title: d.meta.title ?? d.url, referenced: referencedIds.has(r.id) };
      }),
    );
    const shown = [...data.filter((d) => d.referenced), ...rankByTitle(data.filter((d) => !d.referenced), query)];
    if (id !== this.run) return; // A newer query has started; its results win.

    this.list.replaceChildren(...shown.map((d) => this.item(d.url, d.meta, d.excerpt)));
    this.list.setAttribute('aria-busy', 'false');
    this.say(
      results.length === 0
        ? `没有找到与“${typed}”相关的页面。可以换个说法，或减少词语。`
        : `“${typed}”：找到 ${results.length} 个相关页面${results.length > MAX_RESULTS ? `，显示前 ${MAX_RESULTS} 个` : ''}。`,
    );
  }

  private item(url: string, meta: Record<string, string>, excerpt: string): HTMLLIElement {
    const li = document.createElement('li');
    const heading = document.createElement('h2');
    const a = document.createElement('a');
    a.href = url;
    a.textContent = meta.title ?? url;
    heading.append(a);
    const tag = document.createElement('span');
    tag.className = 'search-result__type';
    tag.textContent = meta.type ?? '';
    const p = document.createElement('p');
    p.className = 'search-result__excerpt';
    for (const part of excerptParts(excerpt)) {
      if (part.mark) {
        const m = document.createElement('mark');
        m.textContent = part.text;
        p.append(m);
      } else p.append(part.text);
    }
    li.append(heading, tag, p);
    return li;
  }
}

customElements.define('search-page', SearchPage);
