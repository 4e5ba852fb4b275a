/** <elder-mode-toggle>: switches 关怀版 on and off for this and later visits. */
import { elderStylesheetId, elderValue, modeAttribute, storageKey } from '../site/elderMode.ts';

const root = document.documentElement;
const isOn = (): boolean => root.getAttribute(modeAttribute) === elderValue;
/**
 * Sets the mode and loads (or switches off) the 关怀版 styles, which only its readers fetch: the
 * head script (components/ElderModeInit.astro) wrote their link when the page opened in 关怀版;
 * otherwise it is added here, at the place the head script would have written it.
 */
const apply = (on: boolean) => {
  if (on) root.setAttribute(modeAttribute, elderValue);
  else root.removeAttribute(modeAttribute);
  let sheet = document.getElementById(elderStylesheetId) as HTMLLinkElement | null;
  const script = document.querySelector<HTMLScriptElement>('script[data-css]');
  if (!sheet && on && script) {
    sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', id: elderStylesheetId, href: script.dataset.css });
    script.after(sheet);
  }
  if (sheet) sheet.disabled = !on;
};

function remember(on: boolean) {
  try {
    if (on) localStorage.setItem(storageKey, elderValue);
    else localStorage.removeItem(storageKey);
  } catch {
    // Storage may be blocked (private mode): the switch still works for this page.
  }
}

class ElderModeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const show = () => {
      const on = isOn();
      button.setAttribute('aria-pressed', String(on));
      this.querySelector('.elder-toggle__state')!.textContent = on ? '：已开启' : '';
    };
    button.addEventListener('click', () => {
      const on = !isOn();
      apply(on);
      remember(on);
      show();
    });
    // Another tab changed the mode: follow it.
    window.addEventListener('storage', (e) => {
      if (e.key !== storageKey) return;
      apply(e.newValue === elderValue);
      show();
    });
    show();
    this.hidden = false;
  }
}

if (!customElements.get('elder-mode-toggle')) customElements.define('elder-mode-toggle', ElderModeToggle);
