/**
 * <table-filter>: filters (and, where it has sort controls, sorts) the indicator rows inside it —
 * the indicator table with its phone cards on /indicators/, the grouped progress tables on
 * /progress/. The server renders every row and the hidden form (src/components/FilterForm.astro);
 * this reveals the form and hides or reorders rows, so without JavaScript readers still get every
 * indicator. What it works on is read from the markup:
 * - rows: `tbody tr`, or the items `data-rows` selects (the dated lists of /notices/), counted in the
 *   form's status line as `data-noun` (项指标 unless set);
 * - a select named N keeps the rows (and cards) whose data-N, a space-separated list, holds its value;
 * - `data-cards` on the element: a selector for a list whose items are the same indicators as cards,
 *   filtered and sorted with the rows but not counted twice;
 * - `[data-group]` sections are hidden when none of their rows is shown;
 * - `th[data-sort]` headers become sort buttons, and the select named `sort` (key:asc|desc) sorts
 *   too; both share one order, the select's initial value.
 */
type Item = HTMLElement;

class TableFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    form.hidden = false;
    const rowSelector = this.dataset.rows ?? 'tbody tr';
    const rows = [...this.querySelectorAll<HTMLElement>(rowSelector)];
    const list = this.dataset.cards ? this.querySelector(this.dataset.cards) : null;
    const cards = list ? [...list.querySelectorAll<HTMLElement>(':scope > li')] : [];
    const groups = [...this.querySelectorAll<HTMLElement>('[data-group]')];
    const count = form.querySelector<HTMLElement>('[data-count]');
    const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]');
    const filters = [...form.querySelectorAll<HTMLSelectElement>('select')].filter((s) => s !== sortSelect);
    const headers = [...this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];

    const noun = this.dataset.noun ?? '项指标';
    const apply = () => {
      const chosen = filters.map((s) => [s.name, s.value] as const).filter(([, value]) => value);
      let shown = 0;
      for (const item of [...rows, ...cards] as Item[]) {
        const match = chosen.every(([name, value]) => (item.dataset[name] ?? '').split(' ').includes(value));
        item.hidden = !match;
        if (match && !cards.includes(item)) shown++;
      }
      for (const g of groups) g.hidden = !g.querySelector(`:is(${rowSelector}):not([hidden])`);
      if (count) count.textContent = `显示 ${shown} / ${rows.length} ${noun}`;
    };

    // One sort state for both views: the column buttons (table) and the 排序 select (cards).
    const sort = (key: string, ascending: boolean) => {
      for (const th of headers) th.setAttribute('aria-sort', th.dataset.sort === key ? (ascending ? 'ascending' : 'descending') : 'none');
      if (sortSelect) sortSelect.value = `${key}:${ascending ? 'asc' : 'desc'}`;
      const order = <T extends Item>(items: T[]) =>
        [...items].sort((a, b) => {
          const [x, y] = [a.dataset[key] ?? '', b.dataset[key] ?? ''];
          const cmp = key === 'name' ? x.localeCompare(y, 'zh-CN') : (Number(x) || -1) - (Number(y) || -1);
          return ascending ? cmp : -cmp;
        });
      // Rows are sorted within their own table body (one body here; grouped tables are not sorted).
      for (const body of new Set(rows.map((r) => r.parentElement!))) body.append(...order(rows.filter((r) => r.parentElement === body)));
      list?.append(...order(cards));
    };

    form.addEventListener('change', (e) => {
      if (e.target === sortSelect && sortSelect) {
        const [key, dir] = sortSelect.value.split(':');
        sort(key!, dir === 'asc');
      } else apply();
    });
    form.addEventListener('submit', (e) => e.preventDefault());

    const [initialKey, initialDir] = (sortSelect?.value ?? '').split(':');
    for (const th of headers) {
      const key = th.dataset.sort!;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      th.setAttribute('aria-sort', key === initialKey ? (initialDir === 'desc' ? 'descending' : 'ascending') : 'none');
      button.addEventListener('click', () => sort(key, th.getAttribute('aria-sort') !== 'ascending'));
    }
    apply();
  }
}

customElements.define('table-filter', TableFilter);

// A module, fetched with import() by src/client/site.ts (see src/site/widgets.ts).
export {};
