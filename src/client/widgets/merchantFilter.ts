/**
 * <merchant-filter>: a text box over the 参与企业名单 (/guide/merchants/) that keeps the
 * businesses whose name, address, phone, 街道 or 类别 contain what is typed, hides the streets and
 * categories left empty, and says how many are shown in a status line screen readers announce.
 * The server renders every business and the hidden form; without JavaScript the whole list is
 * there and no control is shown that would do nothing.
 */

/** The form text is compared in: full-width folded (NFKC), lower case, no spaces. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

class MerchantFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = form?.querySelector('input');
    if (!form || !input) return;
    form.hidden = false;
    const count = form.querySelector<HTMLElement>('[data-count]');
    // Each business is found by its own text and by the street and category it is listed under.
    const items = [...this.querySelectorAll<HTMLLIElement>('li')].map((li) => {
      const groups = [li.closest('[data-street]'), li.closest('section')];
      return { li, text: fold([li.textContent ?? '', ...groups.map((g) => g?.querySelector('h2, h3')?.textContent ?? '')].join(' ')) };
    });
    const groups = [...this.querySelectorAll<HTMLElement>('[data-group]')];

    const apply = () => {
      const q = fold(input.value);
      let shown = 0;
      for (const { li, text } of items) {
        li.hidden = !text.includes(q);
        if (!li.hidden) shown++;
      }
      for (const g of groups) g.hidden = !g.querySelector('li:not([hidden])');
      if (count) count.textContent = q ? `找到 ${shown} / ${items.length} 家企业` : `共 ${items.length} 家企业`;
    };
    input.addEventListener('input', apply);
    form.addEventListener('submit', (e) => e.preventDefault());
    apply();
  }
}

customElements.define('merchant-filter', MerchantFilter);

// A module, fetched with import() by src/client/site.ts (see src/site/widgets.ts).
export {};
