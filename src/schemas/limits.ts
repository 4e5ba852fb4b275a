/**
 * Upper bounds on numbering that the plan fixes (ten actions, four measures, 22 indicators in a
 * two-digit column). The benchmark (`npm run bench`) builds synthetic content scaled ×10 and ×100
 * in a temporary folder and sets BENCH_SYNTHETIC_CONTENT=1 to lift them; nothing else should.
 */
import { syntheticContent } from '../config/env.ts';

const synthetic = syntheticContent();

export const maxNumber = {
  actions: synthetic ? 100_000 : 10,
  measures: synthetic ? 100_000 : 4,
  indicators: synthetic ? 100_000 : 99,
};
