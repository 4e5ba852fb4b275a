/**
 * Enhances the “引用本页” block: the access date becomes the reader's today, the addresses become
 * the ones the reader is on, and a button copies the citation. Without JavaScript the block is
 * complete text that can be selected by hand.
 */
import { servedAddress } from '../../site/siteAddress.ts';

/** Today in China Standard Time, like the build date, so 访问日期 never precedes the page's date. */
function todayInChina(d = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

class CitationCopy extends HTMLElement {
  connectedCallback(): void {
    const text = this.querySelector<HTMLTextAreaElement>('textarea');
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!text || !button || !status) return;
    const built = this.dataset.built ?? '';
    const today = todayInChina();
    if (built && today !== built) {
      text.value = text.value.replace(`[${built}]`, `[${today}]`);
      const dd = this.querySelector<HTMLElement>('[data-field="访问日期"]');
      if (dd) dd.textContent = today;
    }
    // The build printed its configured address (localhost in a local build); the address that
    // surely opens is the one the reader is reading: same path, their origin.
    for (const link of this.querySelectorAll<HTMLAnchorElement>('dd a')) {
      const printed = link.textContent?.trim() ?? '';
      const served = servedAddress(link.getAttribute('href') ?? '', location.href);
      if (!printed || printed === served) continue;
      text.value = text.value.replace(printed, () => served);
      link.textContent = served;
    }
    this.querySelector<HTMLElement>('[data-date-note]')?.setAttribute('hidden', '');
    this.querySelector<HTMLElement>('[data-local-note]')?.setAttribute('hidden', '');
    button.hidden = false;
    // Never rejects: a refused clipboard is handled inside.
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(text.value);
        status.textContent = '已复制引用文本。';
      } catch {
        // Clipboard refused (permissions, insecure origin): select the text so Ctrl+C works.
        text.focus();
        text.select();
        status.textContent = '无法直接复制，已选中引用文本，请按 Ctrl+C（或 ⌘+C）复制。';
      }
    };
    button.addEventListener('click', () => void copy());
  }
}

customElements.define('citation-copy', CitationCopy);

// A module, fetched with import() by src/client/site.ts (see src/site/widgets.ts).
export {};
