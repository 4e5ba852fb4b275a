/** The no-flash head script (inline in <head>) and the switch (a module) agree on the contract, and the script does what it says. */
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { elderValue, modeAttribute, storageKey } from '../../src/site/elderMode.ts';
import { elderModeScript } from '../../src/site/elderModeScript.ts';

/** Runs the head script against a stand-in for localStorage and <html>; returns the attributes it set. */
function run(getItem: (key: string) => string | null): Record<string, string> {
  const set: Record<string, string> = {};
  const documentElement = { setAttribute: (name: string, value: string) => (set[name] = value) };
  runInNewContext(elderModeScript, { localStorage: { getItem }, document: { documentElement } });
  return set;
}

it('uses the storage key and attribute value the switch uses', () => {
  expect([storageKey, modeAttribute, elderValue]).toEqual(['liangxin-mode', 'data-mode', 'elder']);
  expect(run((key) => (key === 'liangxin-mode' ? 'elder' : null))).toEqual({ 'data-mode': 'elder' });
});

it('leaves the page normal when 关怀版 was not chosen', () => {
  expect(run(() => null)).toEqual({});
  expect(run(() => 'normal')).toEqual({});
});

it('leaves the page normal, without an error, when storage is blocked', () => {
  expect(
    run(() => {
      throw new Error('SecurityError');
    }),
  ).toEqual({});
});

it('is one line with nothing in it that could end the <script> element early', () => {
  expect(elderModeScript).not.toMatch(/\n|<\//);
});
