/**
 * Reads the source document (the 送审稿 with its 起草说明 and 附件2) independently of content/,
 * so tests can compare what the site publishes with what the document says.
 */
import { existsSync, readFileSync } from 'node:fs';

export const sourcePath = 'tests/fixtures/source-document.txt';
/** Where the team's shared copy lives beside the checkout; the fixture must equal it. */
export const sharedSourcePath = '../shared/seeds/000_0a83e938ff303837.txt';

export const sourceText = readFileSync(sourcePath, 'utf8');
export const sharedSourceText = existsSync(sharedSourcePath) ? readFileSync(sharedSourcePath, 'utf8') : null;

const lines = sourceText.split('\n');
const planStart = lines.findIndex((l) => l.startsWith('为认真贯彻落实'));
const annexStart = lines.indexOf('附件2');

/** The plan proper: from its first sentence to the end of 四、组织实施. */
export const planLines = lines
  .slice(planStart, annexStart)
  .map((l) => l.trim())
  .filter(Boolean);
/** The 起草说明: before the plan's title. */
export const explanationLines = lines
  .slice(
    0,
    lines.findIndex((l) => l.trim() === '伍家岗区推动大规模设备更新和'),
  )
  .map((l) => l.trim())
  .filter(Boolean);

/** Sentences (split after 。；) of some lines, without whitespace, for "appears on the page" checks. */
export function sentences(ls: string[]): string[] {
  return ls
    .flatMap((l) => l.replace(/\s+/g, '').split(/(?<=[。；])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface SourceRow {
  number: number;
  type: string;
  name: string;
  cells: string[];
  responsible: string;
  remark: string;
}

/** The 22 rows of 附件2 as the document writes them (blank cells stay blank). */
export function annexRows(): SourceRow[] {
  const start = lines.indexOf('\t1');
  const cells: string[] = [];
  for (const l of lines.slice(start)) {
    if (l.startsWith('\t')) cells.push(l.slice(1));
    else if (l.trim() !== '') cells[cells.length - 1] += l.trim();
  }
  const rows: SourceRow[] = [];
  for (let i = 0; i < cells.length; i += 12) {
    const r = cells.slice(i, i + 12);
    while (r.length < 12) r.push('');
    rows.push({ number: Number(r[0]), type: r[1]!, name: r[2]!, cells: r.slice(3, 10), responsible: r[10]!, remark: r[11]! });
  }
  return rows;
}

/** The actions or measures as the plan lists them: title and the bureaus of the （牵头单位：…） line. */
export function tasks(section: '二、重点任务' | '三、保障措施') {
  const from = planLines.indexOf(section);
  const to = planLines.findIndex((l, i) => i > from && /^[三四]、/.test(l));
  return planLines.slice(from + 1, to).map((l) => {
    const m = /^（([一二三四五六七八九十]+)）(.+?)。.*（牵头单位：(.+?)(?:，责任单位：(.+))?）$/.exec(l);
    if (!m) throw new Error(`无法解析：${l.slice(0, 30)}`);
    return { marker: m[1]!, title: m[2]!, lead: m[3]!.split('、'), responsible: m[4]?.split('、') ?? [] };
  });
}
