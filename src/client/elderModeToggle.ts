/** <elder-mode-toggle>: switches 关怀版 on and off for this and later visits. */
import { elderValue, modeAttribute, storageKey } from '../site/elderMode.ts';

const root = document.documentElement;
const isOn = (): boolean => root.getAttribute(modeAttribute) === elderValue;
const apply = (on: boolean) => (on ? root.setAttribute(modeAttribute, elderValue) : root.removeAttribute(modeAttribute));

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
