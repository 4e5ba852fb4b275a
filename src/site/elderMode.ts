/**
 * The elder-mode (关怀版) contract shared by the header switch, the no-flash head script, the
 * styles and the quality tests: <html data-mode="elder">, remembered in localStorage.
 */
export const modeAttribute = 'data-mode';
export const elderValue = 'elder';
export const storageKey = 'liangxin-mode';
