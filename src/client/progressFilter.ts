/**
 * Filters on /progress/ by status and bureau. The server renders every row and the (hidden)
 * form; this reveals the form and hides rows and empty groups, so without JavaScript readers
 * still see every indicator.
 */

/** A <select>'s value in the form's data, '' when absent (FormData's type also allows a File). */
function selected(data: FormData, name: string): string {
  const v = data.get(name);
  return typeof v === 'string' ? v : '';
}

class ProgressFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    form.hidden = false;
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-status]')];
    const groups = [...this.querySelectorAll<HTMLElement>('[data-group]')];
    const count = form.querySelector<HTMLElement>('[data-count]');
    const apply = () => {
      const data = new FormData(form);
      const status = selected(data, 'status');
      const dept = selected(data, 'department');
      let shown = 0;
      for (const row of rows) {
        const match = (!status || row.dataset.status === status) && (!dept || (row.dataset.departments ?? '').split(' ').includes(dept));
        row.hidden = !match;
        if (match) shown++;
      }
      for (const g of groups) g.hidden = !g.querySelector('tbody tr[data-status]:not([hidden])');
      if (count) count.textContent = `显示 ${shown} / ${rows.length} 项指标`;
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', (e) => e.preventDefault());
    apply();
  }
}

customElements.define('progress-filter', ProgressFilter);

// A module, fetched with import() by src/client/site.ts when the page has the element.
export {};
