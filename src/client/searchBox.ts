/**
 * The header search box is a plain GET form to /search/. With JavaScript, the first focus or
 * keystroke starts loading Pagefind and the index chunks for what is typed, so the search page
 * opens on warm caches. Nothing is fetched for readers who never touch the box — not even the loader.
 */
// The Pagefind loader is fetched with the engine, not with every page.
const loadSearch = async () => (await import('./pagefind.ts')).loadSearch();

class SiteSearchBox extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    if (!input) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const warm = () => {
      loadSearch().catch(() => {
        // The search page explains a missing index; the box itself stays a plain form.
      });
    };
    // Fetched when a reader moved into the box (src/client/site.ts): the focus has already come.
    if (document.activeElement === input) warm();
    else input.addEventListener('focus', warm, { once: true });
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const q = input.value.trim();
        if (q)
          loadSearch()
            .then(({ pagefind }) => pagefind.preload(q))
            .catch(() => {});
      }, 300);
    });
  }
}

customElements.define('site-search-box', SiteSearchBox);

// A module (src/client/site.ts fetches it with import() when a reader reaches for the box).
export {};
