/**
 * Counts come from content, never from code. A copy of content/ with its last indicator removed
 * and one action added is built once; then no page, picture (SVG and the share images' alt text),
 * download, feed or report template may still state the old counts — 22项, 1–22, 十大行动 — in
 * the site's own words. Where the plan itself says 十大行动 or 22项目标指标 the page quotes it (原文),
 * and that stays: a phrase counts as quoted when it and the words around it occur in the content.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { actionsName, indicatorCounts } from '../../src/model/counts.ts';
import { chineseNumeral } from '../../src/model/format.ts';
import type { DeclaredCounts } from '../../src/schemas/planSection.ts';
import { copyContent } from '../helpers/contentCopy.ts';
import { outputSegments, type Segment } from '../helpers/outputText.ts';

const out = '.test-dist/stale-counts';
const real = readContent('content').content;
const before = { indicators: real.indicators.length, actions: real.actions.length };
const after = { indicators: before.indicators - 1, actions: before.actions + 1 };

// Progress reports are left out: a real report about the removed indicator would be refused.
const copy = copyContent({ reports: false });
afterAll(() => copy.remove());

/** The copy: the highest-numbered indicator gone (and every reference to it), one action more. */
function prepareCopy(): void {
  const last = real.indicators.reduce((a, b) => (b.data.number > a.data.number ? b : a));
  const gone = last.data.number;
  rmSync(join(copy.dir, 'indicators', last.file.split('/').pop()!));
  for (const a of real.actions) {
    if (!a.data.figures.some((f) => f.indicators.includes(gone))) continue;
    // A figure that stated only the removed indicator's target goes with it (the check refuses a
    // figure tied to no indicator); the others keep their remaining indicators.
    copy.edit(`actions/${a.file.split('/').pop()!}`, /( {2}- text: [^\n]*\n {4}indicators: )\[([^\]]*)\]\n/g, (_, head: string, list: string) => {
      const kept = list.split(',').filter((n) => n.trim() !== '' && Number(n.trim()) !== gone);
      return kept.length === 0 ? '' : `${head}[${kept.join(',')}]\n`;
    });
  }
  // The register of contradictions (for the staff review) lists the indicators each concerns.
  const path = join(copy.dir, 'discrepancies.json');
  const entries = JSON.parse(readFileSync(path, 'utf8')) as { indicators: number[] }[];
  for (const e of entries) e.indicators = e.indicators.filter((n) => n !== gone);
  writeFileSync(path, JSON.stringify(entries, null, 2));
  const number = after.actions;
  const lead = real.actions[0]!.data.lead[0]!;
  writeFileSync(
    join(copy.dir, 'actions', `${number}-counting-check.mdx`),
    `---\nnumber: ${number}\nslug: counting-check\ntitle: "测试用行动"\nlead: ["${lead}"]\nresponsible: []\nfigures: []\n---\n\n本条仅供测试网站上的数量是否取自内容。\n`,
  );
  // The 起草说明 declares the counts and the build checks them: a real change would restate them.
  const remaining = real.indicators.filter((i) => i.data.number !== gone).map((i) => i.data);
  const explanation = real.plan.find((p) => p.data.kind === 'explanation')!;
  const declared = explanation.data.declares!;
  const restated: DeclaredCounts = { ...declared, ...indicatorCounts(remaining), articles: declared.articles + 1, actions: number };
  for (const [key, value] of Object.entries(restated)) {
    if (value === declared[key as keyof DeclaredCounts]) continue;
    copy.edit(`plan/${explanation.file.split('/').pop()!}`, new RegExp(`^(  ${key}:) \\d+$`, 'm'), `$1 ${value}`);
  }
  // Staff's own notes may file a note under the section's name; a real change would rename it too.
  const notes = readFileSync(join(copy.dir, 'notes.json'), 'utf8');
  const oldTopic = `"topic": "${actionsName(before.actions)}"`;
  if (notes.includes(oldTopic)) copy.edit('notes.json', oldTopic, `"topic": "${actionsName(after.actions)}"`);
}

function build(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['scripts/build.ts'], { env: { ...process.env, OUT_DIR: out, SITE_BASE: '/', CONTENT_DIR: copy.dir }, stdio: 'pipe' });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`构建失败：\n${log}`))));
  });
}

/** Every text the content holds (MDX with its front matter, JSON strings), whitespace and markup removed. */
function contentText(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(mdx|json|md)$/.test(name)) parts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return parts.join('\n').replace(/<[^>]+>|[*#>\s]/g, '');
}

/** Ways the site could state the old counts: 22项, 22 个, 共22, 1–22, 二十二项; 十大行动, 十项行动, 10 项行动. */
function stalePatterns(): { what: string; re: RegExp }[] {
  const i = before.indicators;
  const a = before.actions;
  return [
    { what: `${i} 项指标`, re: new RegExp(`(?<![\\d.,])${i}(?:项|个|条)`, 'g') },
    { what: `共 ${i}`, re: new RegExp(`共${i}(?!\\d)`, 'g') },
    { what: `${chineseNumeral(i)}项`, re: new RegExp(`${chineseNumeral(i)}(?:项|个)`, 'g') },
    { what: `1–${i}`, re: new RegExp(`(?<![\\d.,])1[–—~～-]${i}(?!\\d)`, 'g') },
    { what: `${chineseNumeral(a)}大行动`, re: new RegExp(`(?<!二)${chineseNumeral(a)}大`, 'g') },
    { what: `${chineseNumeral(a)}项行动`, re: new RegExp(`(?<![一二三四五六七八九])${chineseNumeral(a)}(?:项|个)(?:重点任务|行动)`, 'g') },
    { what: `${a} 项行动`, re: new RegExp(`(?<![\\d.,])${a}(?:项|个)(?:重点任务|行动)`, 'g') },
  ];
}

/**
 * Where a segment states an old count in the site's own words. A match is the plan's (quoted) when
 * the text around it — at least `around` characters of it — also occurs in the content.
 */
function staleStatements(segments: Segment[], content: string, around = 6): string[] {
  const found: string[] = [];
  for (const { file, text } of segments) {
    for (const { what, re } of stalePatterns()) {
      for (const m of text.matchAll(re)) {
        const from = Math.max(0, m.index - around);
        const to = Math.min(text.length, m.index + m[0].length + around);
        const window = text.slice(from, to);
        const quoted = window.length >= m[0].length + around && content.includes(window);
        if (!quoted) found.push(`${file}：“${window}”（${what}）`);
      }
    }
  }
  return [...new Set(found)];
}

describe('counts follow the content', { timeout: 300_000 }, () => {
  let segments: Segment[] = [];
  let kinds = new Set<string>();
  beforeAll(async () => {
    prepareCopy();
    await build();
    ({ segments, kinds } = await outputSegments(out));
  }, 300_000);

  it('reads every kind of output: pages, pictures, downloads, the feed, the report template', () => {
    for (const ext of ['.html', '.svg', '.csv', '.json', '.xml', '.xlsx']) expect(kinds).toContain(ext);
  });

  it('states the new counts where the real site states its own', () => {
    const home = segments.filter((s) => s.file === 'index.html').map((s) => s.text);
    expect(home.join('\n')).toContain(`${after.indicators}项目标指标`);
    expect(home.join('\n')).toContain(`${chineseNumeral(after.actions)}大行动`);
  });

  it('states no old count in the site’s own words anywhere', () => {
    expect(staleStatements(segments, contentText(copy.dir))).toEqual([]);
  });
});
