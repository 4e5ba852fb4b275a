/** <elder-mode-toggle>: switches 关怀版 on and off for this and later visits. */
import { elderValue, modeAttribute, storageKey } from '../site/elderMode.ts';

function isOn(): boolean {
  return document.documentElement.getAttribute(modeAttribute) === elderValue;
}

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
      if (on) document.documentElement.setAttribute(modeAttribute, elderValue);
      else document.documentElement.removeAttribute(modeAttribute);
      remember(on);
      show();
    });
    // Another tab changed the mode: follow it.
    window.addEventListener('storage', (e) => {
      if (e.key !== storageKey) return;
      if (e.newValue === elderValue) document.documentElement.setAttribute(modeAttribute, elderValue);
      else document.documentElement.removeAttribute(modeAttribute);
      show();
    });
    show();
    this.hidden = false;
  }
}

if (!customElements.get('elder-mode-toggle')) customElements.define('elder-mode-toggle', ElderModeToggle);
