/**
 * The one script that must run before the first paint: it restores 关怀版 (<html data-mode="elder">)
 * for a reader who chose it earlier, so the normal style never flashes. ElderModeInit.astro writes
 * it inline into <head> as a classic script: no request to wait for, and it holds up the first
 * paint only as long as reading one localStorage key takes. The CSP allows exactly this text by its
 * hash (astro.config.mjs). Storage may be blocked (private mode): the page then starts normal.
 * Everything else the switch does waits for the shared module script (src/client/elderModeToggle.ts).
 */
import { elderValue, modeAttribute, storageKey } from './elderMode.ts';

const q = JSON.stringify;

export const elderModeScript = `try{localStorage.getItem(${q(storageKey)})===${q(elderValue)}&&document.documentElement.setAttribute(${q(modeAttribute)},${q(elderValue)})}catch(e){}`;
