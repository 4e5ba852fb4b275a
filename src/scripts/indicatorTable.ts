/**
 * Filter and sort for the indicator table. The server renders the whole table and the (hidden)
 * controls; this only reveals the controls and hides or reorders rows, so without JavaScript
 * readers still get every indicator.
 */
class IndicatorTable extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const tbody = this.querySelector('tbody');
    if (!form || !tbody) return;
    form.hidden = false;
    const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
    const count = form.querySelector<HTMLElement>('[data-count]');

    const apply = () => {
      const data = new FormData(form);
      const type = String(data.get('type') ?? '');
      const dept = String(data.get('department') ?? '');
      const action = String(data.get('action') ?? '');
      let shown = 0;
      for (const row of rows) {
        const match =
          (!type || row.dataset.type === type) &&
          (!dept || (row.dataset.departments ?? '').split(' ').includes(dept)) &&
          (!action || row.dataset.action === action);
        row.hidden = !match;
        if (match) shown++;
      }
      if (count) count.textContent = `显示 ${shown} / ${rows.length} 项指标`;
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', (e) => e.preventDefault());

    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      const key = th.dataset.sort!;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      th.setAttribute('aria-sort', key === 'number' ? 'ascending' : 'none');
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of this.querySelectorAll('th[data-sort]')) other.setAttribute('aria-sort', 'none');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const value = (r: HTMLTableRowElement) => r.dataset[key] ?? '';
        const sorted = [...rows].sort((a, b) => {
          const [x, y] = [value(a), value(b)];
          const cmp = key === 'name' ? x.localeCompare(y, 'zh-CN') : (Number(x) || -1) - (Number(y) || -1);
          return ascending ? cmp : -cmp;
        });
        tbody.append(...sorted);
      });
    }
    apply();
  }
}

customElements.define('indicator-table', IndicatorTable);

// A module, fetched with import() by src/scripts/site.ts when the page has the element.
export {};
