/**
 * The areas of the staff review, in the order `npm run review` and the /review/ page print them:
 * first what publishing waits for, then what staff decide over time.
 *
 * The areas of outside facts and the residents' guide (areas/facts.ts, areas/guide.ts) are added
 * here, one import and one entry each, by the work that writes them.
 */
import type { ReviewArea } from './reviewArea.ts';
import { identityArea } from './areas/identity.ts';
import { guideContactsArea } from './areas/guideContacts.ts';
import { demoArea } from './areas/demo.ts';
import { readingsArea } from './areas/readings.ts';
import { documentArea } from './areas/document.ts';

export const reviewAreas: readonly ReviewArea[] = [identityArea, guideContactsArea, demoArea, readingsArea, documentArea];
