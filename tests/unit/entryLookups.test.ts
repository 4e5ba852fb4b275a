/**
 * Pages find entries by slug or number, never by object identity. With Astro's parallel
 * prerendering (`experimental.parallelPrerender`) a page's props reach a worker thread as a
 * structured clone: equal to the entry the worker loaded, but not the same object, so an
 * `indexOf(entry)` or `=== entry` finds nothing (no 上一项/下一项 links, no progress on an indicator
 * page). Each lookup here is called with such a copy, as a worker would call it.
 */
import { describe, expect, it } from 'vitest';
import { byIndicatorNumber } from '../../src/data/join.ts';
import { pageProgress, reviewDraftPageContent } from '../helpers/pageData.ts';

const content = reviewDraftPageContent();
const progress = pageProgress(content, '2026-12-01', { 8: [{ asOf: '2025-06-30', value: 20 }] });

it('a structured clone of an entry is not the entry (what the lookups below must survive)', () => {
  const action = content.actions[4]!;
  expect(structuredClone(action)).toEqual(action);
  expect(content.actions.indexOf(structuredClone(action))).toBe(-1);
});

describe('an action’s neighbours, from a copy of its entry', () => {
  // The plan numbers its ten actions (一)–(十); the pages link each to the one before and after.
  it.each([
    ['manufacturing', null, 'urban-infrastructure'],
    ['urban-infrastructure', 'manufacturing', 'transport'],
    ['education', 'agriculture-water', 'culture-tourism'],
    ['recycling', 'consumer-trade-in', 'supply-demand'],
    ['supply-demand', 'recycling', null],
  ])('%s: previous %s, next %s', (slug, prev, next) => {
    const action = content.actions.find((a) => a.data.slug === slug)!;
    const found = content.actionNeighbours(structuredClone(action));
    expect(found.prev?.data.slug ?? null).toBe(prev);
    expect(found.next?.data.slug ?? null).toBe(next);
  });

  it('says which action it does not know', () => {
    const stray = { ...structuredClone(content.actions[0]!), data: { ...content.actions[0]!.data, slug: 'no-such-action' } };
    expect(() => content.actionNeighbours(stray)).toThrow('unknown action');
  });
});

describe('an indicator’s progress, from a copy of its entry', () => {
  const of = byIndicatorNumber(progress.byIndicator);
  it.each([
    [1, 'equipment-investment', 0],
    [8, 'elevators', 1],
    [22, 'resort-hotels', 0],
  ])('indicator %i (%s): its own record, %i figure(s)', (number, slug, figures) => {
    const indicator = content.indicators.find((i) => i.data.number === number)!;
    const found = of(structuredClone(indicator));
    expect(found.indicator.data.slug).toBe(slug);
    expect(found.figures).toHaveLength(figures);
    // The record the page gets is the loaded one, not a copy of it.
    expect(progress.byIndicator).toContain(found);
  });

  it('says which indicator it does not know', () => {
    expect(() => of({ data: { number: 999 } })).toThrow('unknown indicator number');
  });
});
