/**
 * The content says what the source document says: every target, bureau, title and count. The
 * document is the 送审稿, so its text is checked where the site keeps it: content/ until staff
 * freeze it, then the frozen copy (the live text is edited into the issued plan; copyContent).
 */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { targetColumns } from '../../src/model/targets.ts';
import { typeLabels } from '../../src/model/indicators.ts';
import { chineseNumeral } from '../../src/model/format.ts';
import { copyContent } from '../helpers/contentCopy.ts';
import { annexRows, sharedSourceText, sourceText, tasks } from '../helpers/sourceDocument.ts';

const { issues } = readContent('content');
const draft = copyContent({ reviewDraft: true });
afterAll(() => draft.remove());
const { content } = readContent(draft.dir);
const deptName = new Map(content.departments.map((d) => [d.data.id, d.data.name]));
const rows = annexRows();

it('content/ passes every check', () => {
  expect(issues).toEqual([]);
});

// Pinned by hash, so a clean clone without ../shared still checks the fixture is the document.
it('the test fixture is the source document, byte for byte (SHA-256 pinned)', () => {
  expect(createHash('sha256').update(sourceText).digest('hex')).toBe('f016c831f49eaa4286d26e1362efa23ca72c4940389623069b9bf6a7e534f082');
});

it.skipIf(sharedSourceText === null)('the test fixture is the shared source document, unchanged', () => {
  expect(sourceText).toBe(sharedSourceText);
});

describe('附件2: 22 indicators', () => {
  it('has 22 rows in the source and 22 indicators in content', () => {
    expect(rows).toHaveLength(22);
    expect(content.indicators.map((i) => i.data.number)).toEqual(rows.map((r) => r.number));
  });

  describe.each(rows)('indicator $number $name', (row) => {
    const ind = content.indicators.find((i) => i.data.number === row.number)!.data;
    it('has the name and every target exactly as the table', () => {
      expect(ind.name).toBe(row.name);
      expect(targetColumns.map((c) => ind.targets[c.key])).toEqual(row.cells);
    });
    it('has the responsible bureau and 备注 of the table (blank cells inherited and recorded)', () => {
      if (row.responsible) {
        expect(ind.responsibleText).toBe(row.responsible);
        expect(ind.inherited).not.toContain('responsible');
      } else {
        const above = rows
          .slice(0, row.number - 1)
          .reverse()
          .find((r) => r.responsible)!;
        expect(ind.responsibleText).toBe(above.responsible);
        expect(ind.inherited).toContain('responsible');
      }
      if (row.remark) {
        expect(ind.remark).toBe(row.remark);
        expect(ind.inherited).not.toContain('remark');
      } else {
        expect(ind.inherited).toContain('remark');
      }
      const names = ind.responsible.map((id) => deptName.get(id));
      expect(ind.allActionLeads ? ['各牵头单位'] : names).toEqual([ind.responsibleText]);
    });
    it('is of the type the table groups it under, marked as filled where the table leaves the cell blank', () => {
      expect(ind.type).toBe(row.number <= 5 ? 'main' : 'specific');
      if (row.type) expect(typeLabels[ind.type]).toBe(row.type.replace(/\s+/g, ''));
      expect(ind.inherited.includes('type')).toBe(row.type === '');
    });
  });
});

describe.each([
  ['actions', '二、重点任务', 10],
  ['measures', '三、保障措施', 4],
] as const)('%s', (key, section, count) => {
  const source = tasks(section);
  const entries = content[key];
  it(`has ${count}, as the plan`, () => {
    expect(source).toHaveLength(count);
    expect(entries).toHaveLength(count);
  });
  it.each(source.map((s, i) => [i + 1, s] as const))('（%i） title and bureaus match the plan', (n, s) => {
    const e = entries.find((x) => x.data.number === n)!;
    expect(s.marker).toBe(chineseNumeral(n));
    expect(e.data.title).toBe(s.title);
    expect(e.data.lead.map((id) => deptName.get(id))).toEqual(s.lead);
    expect(e.data.responsible.map((id) => deptName.get(id))).toEqual(s.responsible);
    expect(sourceText.replace(/\s+/g, '')).toContain((e.body ?? '').replace(/\s+/g, ''));
  });
});

describe('departments', () => {
  it('every bureau named in the document is a department, once', () => {
    const named = new Set([...sourceText.matchAll(/(?:区|市)[\u4e00-\u9fff]{1,12}?(?:局|办|分局)(?=[、，。）\s的等])/g)].map((m) => m[0]));
    const known = new Set(content.departments.flatMap((d) => [d.data.name, ...d.data.aliases]));
    const missing = [...named].filter((n) => !known.has(n));
    expect(named.size).toBeGreaterThan(15);
    expect(missing).toEqual([]);
    for (const d of content.departments) expect(sourceText).toContain(d.data.name);
  });
});
