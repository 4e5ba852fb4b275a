/**
 * Filter and sort for the indicator table and its phone cards. The server renders the whole table,
 * one card per indicator and the (hidden) controls; this only reveals the controls and hides or
 * reorders rows and cards together, so without JavaScript readers still get every indicator.
 */
type Item = HTMLTableRowElement | HTMLLIElement;

/** A <select>'s value in the form's data, '' when absent (FormData's type also allows a File). */
function selected(data: FormData, name: string): string {
  const v = data.get(name);
  return typeof v === 'string' ? v : '';
}

class IndicatorTable extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const tbody = this.querySelector('tbody');
    if (!form || !tbody) return;
    form.hidden = false;
    const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
    const list = this.querySelector('.indicator-cards');
    const cards = list ? [...list.querySelectorAll<HTMLLIElement>(':scope > li')] : [];
    const count = form.querySelector<HTMLElement>('[data-count]');
    const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]');
    const headers = [...this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];

    const apply = () => {
      const data = new FormData(form);
      const type = selected(data, 'type');
      const dept = selected(data, 'department');
      const action = selected(data, 'action');
      let shown = 0;
      for (const item of [...rows, ...cards] as Item[]) {
        const match =
          (!type || item.dataset.type === type) &&
          (!dept || (item.dataset.departments ?? '').split(' ').includes(dept)) &&
          (!action || item.dataset.action === action);
        item.hidden = !match;
        if (match && item instanceof HTMLTableRowElement) shown++;
      }
      if (count) count.textContent = `显示 ${shown} / ${rows.length} 项指标`;
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
      tbody.append(...order(rows));
      list?.append(...order(cards));
    };

    form.addEventListener('change', (e) => {
      if (e.target === sortSelect && sortSelect) {
        const [key, dir] = sortSelect.value.split(':');
        sort(key!, dir === 'asc');
      } else apply();
    });
    form.addEventListener('submit', (e) => e.preventDefault());

    for (const th of headers) {
      const key = th.dataset.sort!;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      th.setAttribute('aria-sort', key === 'number' ? 'ascending' : 'none');
      button.addEventListener('click', () => sort(key, th.getAttribute('aria-sort') !== 'ascending'));
    }
    apply();
  }
}

customElements.define('indicator-table', IndicatorTable);

// A module, fetched with import() by src/client/site.ts when the page has the element.
export {};
