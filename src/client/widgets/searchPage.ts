/**
 * The /search/ page: runs the query from ?q= and every query typed after it, with the type and
 * bureau filters, and renders an ordinary list of links. The result count is announced through
 * the page's status region; everything is reachable with Tab and Enter.
 */
import { excerptParts, joinSingleCharacters, mergeRanked, normalizeQuery, queryRefs, rankByTitle, relaxedQueries } from '../../search/query.ts';
import { dropFiller } from '../../search/filler.ts';
import { bestSection, liftFirst, onlySingleCharacters, ownPagesFirst, rankMatches, withoutSingleCharacters } from '../../search/rank.ts';
import { taskPathOfAnchor } from '../../site/tasks.ts';
import { withBase } from '../../site/url.ts';
import { looseMatches, searchedAs } from '../../search/summary.ts';
import { expandSynonyms } from '../../search/synonyms.ts';
import { datedType, supersededEdition } from '../../search/pageType.ts';
import { loadSearch, type PagefindResult, type SearchEngine, type SearchFilters } from '../pagefind.ts';

const MAX_RESULTS = 20;
/** Relaxed queries only help when the whole query finds little. */
const RELAX_BELOW = 5;

function words(query: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return query.split(' ').flatMap((part) => joinSingleCharacters([...segmenter.segment(part)].filter((s) => s.isWordLike).map((s) => s.segment)));
}

class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private typeSelect!: HTMLSelectElement;
  private bureauSelect!: HTMLSelectElement;
  private supersededBox!: HTMLInputElement;
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.input = this.querySelector('input[name="q"]')!;
    this.status = this.querySelector('[role="status"]')!;
    this.list = this.querySelector('ol')!;
    this.typeSelect = this.querySelector('select[name="type"]')!;
    this.bureauSelect = this.querySelector('select[name="bureau"]')!;
    this.supersededBox = this.querySelector('input[name="superseded"]')!;
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
    this.supersededBox.addEventListener('change', () => void this.search());
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
    const filters: SearchFilters = {};
    if (this.typeSelect.value) filters.type = this.typeSelect.value;
    if (this.bureauSelect.value) filters.bureau = this.bureauSelect.value;
    // Superseded texts and comparisons only when asked for (see pageEdition).
    if (!this.supersededBox.checked) filters.not = { edition: supersededEdition };
    this.list.setAttribute('aria-busy', 'true');
    const find = async (q: string) => (await engine.pagefind.search(q, { filters }))?.results ?? [];
    // A reference (第三项行动, 指标12, 2027年目标) names its page exactly: that page comes first.
    const refs = queryRefs(query);
    const referenced = (await engine.pagefind.search(null, { filters: { ...filters, ref: { any: refs } } }))?.results ?? [];

    // A question (我家洗衣机想换新有补贴吗) is searched as its words without filler (洗衣机 换新
    // 补贴), and again with everyday words as the site's words (家电 换新 补贴).
    const clean = dropFiller(query);
    const expanded = expandSynonyms(clean.words, engine.synonyms);
    const full = expanded.replaced.length ? [clean.words, expanded.words] : [clean.words];
    const asked = full.map((ws) => ws.join(' '));
    // And without a character standing alone (领 of 怎么领 would find 领域): see withoutSingleCharacters.
    for (const ws of full) {
      const rest = withoutSingleCharacters(ws)?.join(' ');
      if (rest && !asked.includes(rest)) asked.push(rest);
    }
    const lists = await Promise.all(asked.map(find));
    // Pages that hold every word of a query (not of a relaxed one).
    const holders = new Set(lists.flat().map((r) => r.id));
    const relaxed = holders.size < RELAX_BELOW;
    if (relaxed) {
      lists.push(...(await Promise.all(asked.flatMap((q) => relaxedQueries(words(q))).map(find))));
    }
    // A page found by several queries keeps the result of the first (the fullest query), whose
    // excerpt marks the whole phrase rather than one of its characters.
    const byId = new Map<string, PagefindResult>();
    for (const r of lists.flat()) if (!byId.has(r.id)) byId.set(r.id, r);
    let results: PagefindResult[] = mergeRanked(
      lists[0]!.map((r) => r.id),
      lists.slice(1).map((list) => list.map((r) => r.id)),
    ).map((rid) => byId.get(rid)!);
    const referencedIds = new Set(referenced.map((r) => r.id));
    results = [...referenced, ...results.filter((r) => !referencedIds.has(r.id))];
    const data = await Promise.all(
      results.slice(0, MAX_RESULTS).map(async (r) => {
        const d = await r.data();
        return {
          ...d,
          id: r.id,
          title: d.meta.title ?? d.url,
          referenced: referencedIds.has(r.id),
          dated: d.meta.type === datedType,
          complete: holders.has(r.id),
        };
      }),
    );
    // Words to rank by: each searched word whole and as the engine would split it, typed and site's words.
    const matchWords = [...new Set(asked.flatMap((q) => [...q.split(' '), ...words(q)]))];
    // Ranked in full by how each page matches (rankMatches) when the reader asked a question, used
    // everyday words, or the words were not found together: then the engine's order, across
    // several queries, says little. Keywords keep it, but for pages whose title holds one.
    const question = clean.dropped.length > 0 || expanded.replaced.length > 0 || relaxed;
    const ranked = rankMatches(
      data.filter((d) => !d.referenced),
      matchWords,
      question,
    );
    const hidden = data.length - data.filter((d) => d.referenced).length - ranked.length;
    // A page named by the query (班班通) opens at its top; otherwise at the section that answers.
    const whole = clean.words.join('');
    const link = (d: (typeof data)[number]) => (d.title.replace(/\s+/g, '').includes(whole) ? d.url : (bestSection(d, matchWords)?.url ?? d.url));
    const path = (url: string) => new URL(url, location.href).pathname;
    // An action's or measure's own page before the full plan (or the list) matched in its section.
    let ordered = ownPagesFirst(
      rankByTitle(ranked, whole),
      (d) => path(d.url),
      (d) => {
        const own = taskPathOfAnchor(link(d));
        return own && withBase(import.meta.env.BASE_URL, own);
      },
    );
    // A resident's question — in the everyday words of the synonym table (冰箱, 手机) or about
    // 补贴 — is answered first by the residents' guide when it holds every word asked.
    if (expanded.replaced.length > 0 || clean.words.some((w) => w.includes('补贴'))) {
      const guide = withBase(import.meta.env.BASE_URL, '/guide/');
      ordered = liftFirst(ordered, (d) => path(d.url) === guide && holders.has(d.id));
    }
    const shown = [...data.filter((d) => d.referenced), ...ordered];
    if (id !== this.run) return; // A newer query has started; its results win.

    const total = results.length - hidden;
    this.list.replaceChildren(...shown.map((d) => this.item(link(d), d.meta, d.excerpt)));
    this.list.setAttribute('aria-busy', 'false');
    const as = searchedAs(clean.words, clean.dropped, expanded.replaced);
    this.say(
      total === 0
        ? `没有找到与“${typed}”相关的页面。${as}可以换个说法，或减少词语。`
        : onlySingleCharacters(ranked, matchWords)
          ? `${looseMatches(typed, total, MAX_RESULTS)}${as}`
          : `“${typed}”：找到 ${total} 个相关页面${total > MAX_RESULTS ? `，显示前 ${MAX_RESULTS} 个` : ''}。${as}`,
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
