/** The no-flash head script (a static file) and the switch (a module) must agree on the contract. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { elderValue, modeAttribute, storageKey } from '../../src/site/elderMode.ts';

it('public/elder-mode.js reads the same storage key and sets the same attribute value as the switch', () => {
  const script = readFileSync('public/elder-mode.js', 'utf8');
  expect(script).toContain(`localStorage.getItem('${storageKey}') === '${elderValue}'`);
  expect(script).toContain(`setAttribute('${modeAttribute}', '${elderValue}')`);
  expect([storageKey, modeAttribute, elderValue]).toEqual(['liangxin-mode', 'data-mode', 'elder']);
});
