/**
 * The areas of the staff review, in the order `npm run review` and the /review/ page print them:
 * first what publishing waits for, then what staff decide over time.
 */
import type { ReviewArea } from './reviewArea.ts';
import { identityArea } from './areas/identity.ts';
import { guideContactsArea } from './areas/guideContacts.ts';
import { demoArea } from './areas/demo.ts';
import { readingsArea } from './areas/readings.ts';
import { documentArea } from './areas/document.ts';
import { factsArea } from './areas/facts.ts';
import { guideArea } from './areas/guide.ts';

export const reviewAreas: readonly ReviewArea[] = [identityArea, guideContactsArea, demoArea, factsArea, guideArea, readingsArea, documentArea];
