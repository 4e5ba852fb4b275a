/** The Astro process's heap limit: a default, BUILD_HEAP_MB to change it, and the caller's own NODE_OPTIONS kept. */
import { describe, expect, it } from 'vitest';
import { astroNodeOptions, defaultHeapMiB, heapMiB } from '../../scripts/lib/buildMemory.ts';

describe('astroNodeOptions', () => {
  it.each([
    [{}, `--max-old-space-size=${defaultHeapMiB}`],
    [{ BUILD_HEAP_MB: '1024' }, '--max-old-space-size=1024'],
    [{ BUILD_HEAP_MB: 'viel' }, `--max-old-space-size=${defaultHeapMiB}`],
    // The caller's own options follow, so a --max-old-space-size of theirs wins.
    [{ NODE_OPTIONS: '--max-old-space-size=2048' }, `--max-old-space-size=${defaultHeapMiB} --max-old-space-size=2048`],
    [{ NODE_OPTIONS: '--enable-source-maps', BUILD_HEAP_MB: '512' }, '--max-old-space-size=512 --enable-source-maps'],
  ])('%j → %s', (env, expected) => expect(astroNodeOptions(env)).toBe(expected));

  it('reads the limit from BUILD_HEAP_MB', () => expect(heapMiB({ BUILD_HEAP_MB: '640' })).toBe(640));
});
