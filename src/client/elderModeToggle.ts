/**
 * The 关怀版 switch (<elder-mode-toggle> in the header, components/ElderModeToggle.astro): shown
 * once this runs, it switches 关怀版 on and off for this and later visits, and follows another tab
 * that does. Plain code run once (the shared script is a module, run when the page is parsed), not
 * a custom element: there is one switch per page, and the class would cost every page bytes.
 */
import { elderStylesheetId, elderValue, modeAttribute, storageKey } from '../site/elderMode.ts';

const root = document.documentElement;
const toggle = document.querySelector<HTMLElement>('elder-mode-toggle');
const button = toggle?.querySelector('button');

/**
 * Sets the mode and the switch's state, and loads (or switches off) the 关怀版 styles, which only
 * its readers fetch: the head script (components/ElderModeInit.astro) wrote their link when the
 * page opened in 关怀版; otherwise it is added here, where the head script would have written it.
 */
function apply(on: boolean) {
  if (on) root.setAttribute(modeAttribute, elderValue);
  else root.removeAttribute(modeAttribute);
  let sheet = document.getElementById(elderStylesheetId) as HTMLLinkElement | null;
  const script = document.querySelector<HTMLScriptElement>('script[data-css]');
  if (!sheet && on && script) {
    sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', id: elderStylesheetId, href: script.dataset.css });
    script.after(sheet);
  }
  if (sheet) sheet.disabled = !on;
  button!.setAttribute('aria-pressed', String(on));
  button!.lastElementChild!.textContent = on ? '：已开启' : '';
}

if (toggle && button) {
  button.addEventListener('click', () => {
    const on = root.getAttribute(modeAttribute) !== elderValue;
    apply(on);
    try {
      if (on) localStorage.setItem(storageKey, elderValue);
      else localStorage.removeItem(storageKey);
    } catch {
      // Storage may be blocked (private mode): the switch still works for this page.
    }
  });
  // Another tab changed the mode: follow it.
  window.addEventListener('storage', (e) => {
    if (e.key === storageKey) apply(e.newValue === elderValue);
  });
  apply(root.getAttribute(modeAttribute) === elderValue);
  toggle.hidden = false;
}
