/**
 * Upper bounds on numbering, as a guard against typos (a two-digit column): how many actions,
 * measures and indicators there are is the content's to say, and the cross-check holds them to
 * what the 起草说明 declares (src/checks/crossCheck.ts). The benchmark (`npm run bench`) builds
 * synthetic content scaled ×10 and ×100 in a temporary folder and sets BENCH_SYNTHETIC_CONTENT=1
 * to lift them; nothing else should.
 */
import { syntheticContent } from '../config/env.ts';

const synthetic = syntheticContent();

export const maxNumber = {
  actions: synthetic ? 100_000 : 99,
  measures: synthetic ? 100_000 : 99,
  indicators: synthetic ? 100_000 : 99,
};
