/*
 * 关怀版 before first paint: loaded as a classic, render-blocking script in <head> so the page
 * never flashes the normal style, and as a file (not inline) so a strict CSP needs no hash.
 * The values are those of src/lib/elderMode.ts: localStorage "liangxin-mode" = "elder".
 */
try {
  if (localStorage.getItem('liangxin-mode') === 'elder') document.documentElement.setAttribute('data-mode', 'elder');
} catch {
  // Storage blocked: the page starts in the normal style.
}
