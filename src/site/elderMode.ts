/**
 * The elder-mode (关怀版) contract shared by the header switch, the no-flash head script, the
 * styles and the quality tests: <html data-mode="elder">, remembered in localStorage.
 */
export const modeAttribute = 'data-mode';
export const elderValue = 'elder';
export const storageKey = 'liangxin-mode';
/** The id of the <link> to the 关怀版 styles, there only in 关怀版 (components/ElderModeInit.astro). */
export const elderStylesheetId = 'elder-css';
