/**
 * What read-excel-file does not tell: which numeric cells are formatted as percentages (0.086
 * shown as 8.6%), which cells hold formulas, which are merged, and how far down each sheet's
 * data goes. Read straight from the unzipped XML parts, before read-excel-file's own pass.
 */

/** What one sheet's XML says beyond the cell values. */
export interface SheetScan {
  /** Cells to replace, keyed "row,column" (1-based), with the text Excel shows, e.g. '8.6%'. */
  percent: Map<string, { address: string; raw: string; shown: string }>;
  /** Addresses of formula cells that have a saved (cached) result, e.g. 'E5'. */
  formulas: string[];
  /** Addresses of formula cells saved without a result (written by a script, never opened). */
  formulasWithoutValue: string[];
  /** The last row with a value, 1-based; 0 for an empty sheet. */
  lastRow: number;
  /** Merged ranges, e.g. A5:A6, with their corners (1-based row, column). */
  merges: { ref: string; from: [number, number]; to: [number, number] }[];
  /** Rows the sheet hides (hidden="1", also rows folded away in a collapsed outline group), 1-based. */
  hiddenRows: number[];
}

const decoder = new TextDecoder('utf-8');

export const xmlText = (bytes: Uint8Array | undefined): string => (bytes ? decoder.decode(bytes) : '');

function decodeEntities(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex: string, dec: string, name: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]!;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  // Namespace prefixes (r:id) are dropped: only the local name matters here.
  for (const m of tag.matchAll(/(?:[\w-]+:)?([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

/** Open tags named `name` (any namespace prefix), with their attributes. */
function tags(xml: string, name: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w-]+:)?${name}\\b([^>]*)>`, 'g'))].map((m) => attributes(m[1]!));
}

/** Each sheet's XML path and whether the workbook hides it (state="hidden" or "veryHidden"). */
export function sheetEntries(files: Record<string, Uint8Array>): Map<string, { path: string; hidden: boolean }> {
  const rels = new Map(tags(xmlText(files['xl/_rels/workbook.xml.rels']), 'Relationship').map((r) => [r.Id ?? '', r.Target ?? '']));
  const out = new Map<string, { path: string; hidden: boolean }>();
  for (const s of tags(xmlText(files['xl/workbook.xml']), 'sheet')) {
    const target = rels.get(s.id ?? '');
    if (s.name === undefined || !target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    out.set(s.name, { path, hidden: s.state === 'hidden' || s.state === 'veryHidden' });
  }
  return out;
}

/** Built-in formats 9 (0%) and 10 (0.00%); custom ones are percent when a % is outside quotes. */
function isPercentFormat(id: number, code: string | undefined): boolean {
  if (id === 9 || id === 10) return true;
  if (code === undefined) return false;
  return /%/.test(code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ''));
}

/** Indexes into <cellXfs> (a cell's s="…") whose number format is a percentage. */
export function percentStyles(stylesXml: string): Set<number> {
  const codes = new Map(tags(stylesXml, 'numFmt').map((f) => [Number(f.numFmtId), f.formatCode]));
  const cellXfs = /<(?:[\w-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const out = new Set<number>();
  tags(cellXfs, 'xf').forEach((xf, i) => {
    const id = Number(xf.numFmtId ?? 0);
    if (isPercentFormat(id, codes.get(id))) out.add(i);
  });
  return out;
}

/** 0.086 → '8.6%'; rounded to 15 significant digits so binary noise (8.600000000000001) goes. */
export function percentText(raw: string): string {
  return `${Number((Number(raw) * 100).toPrecision(15))}%`;
}

/** 'E12' → [12, 5]. */
function cellAddress(ref: string): [number, number] | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

/** Scans every <c> of a sheet once; cheap next to parsing, and bounded by the unzipped limit. */
export function scanSheet(sheetXml: string, percent: Set<number>): SheetScan {
  const out: SheetScan = { percent: new Map(), formulas: [], formulasWithoutValue: [], lastRow: 0, merges: [], hiddenRows: [] };
  for (const row of tags(sheetXml, 'row')) {
    // Excel writes hidden="1", LibreOffice hidden="true"; a collapsed group's rows are hidden too.
    if ((row.hidden === '1' || row.hidden === 'true') && row.r) out.hiddenRows.push(Number(row.r));
  }
  for (const { ref } of tags(sheetXml, 'mergeCell')) {
    const [from, to] = (ref ?? '').split(':').map(cellAddress);
    if (from && to) out.merges.push({ ref: ref!, from, to });
  }
  const open = /<(?:[\w-]+:)?c\b([^>]*?)(\/?)>/g;
  // Cells never nest, so the next </c> closes the open one.
  const close = /<\/(?:[\w-]+:)?c>/g;
  for (let m = open.exec(sheetXml); m; m = open.exec(sheetXml)) {
    if (m[2] === '/') continue;
    close.lastIndex = open.lastIndex;
    const closed = close.exec(sheetXml);
    if (!closed) break;
    const inner = sheetXml.slice(open.lastIndex, closed.index);
    open.lastIndex = close.lastIndex;
    const a = attributes(m[1]!);
    const at = cellAddress(a.r ?? '');
    if (!at) continue;
    const value = /<(?:[\w-]+:)?v>([^<]*)<\/(?:[\w-]+:)?v>/.exec(inner)?.[1];
    const hasFormula = /<(?:[\w-]+:)?f\b/.test(inner);
    if (hasFormula) (value === undefined ? out.formulasWithoutValue : out.formulas).push(a.r!);
    if ((value !== undefined && value !== '') || /<(?:[\w-]+:)?is\b/.test(inner)) out.lastRow = Math.max(out.lastRow, at[0]);
    const type = a.t ?? 'n';
    if (type === 'n' && value && percent.has(Number(a.s ?? 0)) && Number.isFinite(Number(value))) {
      out.percent.set(`${at[0]},${at[1]}`, { address: a.r!, raw: value, shown: percentText(value) });
    }
  }
  return out;
}
