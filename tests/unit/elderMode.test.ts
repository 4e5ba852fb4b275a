/** The no-flash head script (a static file) and the switch (a module) must agree on the contract. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { elderStylesheetId, elderValue, modeAttribute, storageKey } from '../../src/site/elderMode.ts';

it('public/elder-mode.js reads the same storage key, sets the same attribute value and links the 关怀版 styles under the same id as the switch', () => {
  const script = readFileSync('public/elder-mode.js', 'utf8');
  expect(script).toContain(`localStorage.getItem('${storageKey}')=='${elderValue}'`);
  expect(script).toContain(`setAttribute('${modeAttribute}','${elderValue}')`);
  expect(script).toContain(`<link rel=stylesheet id=${elderStylesheetId} href='+d.currentScript.dataset.css+'>`);
  expect([storageKey, modeAttribute, elderValue, elderStylesheetId]).toEqual(['liangxin-mode', 'data-mode', 'elder', 'elder-css']);
});
