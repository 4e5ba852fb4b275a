/** The team's shared trade-in policy reference, when the checkout sits beside it (as sourceDocument.ts does for the seed). */
import { existsSync, readFileSync } from 'node:fs';

const sharedPath = '../shared/reference/trade-in-policies.md';
export const sharedReference = existsSync(sharedPath) ? readFileSync(sharedPath, 'utf8') : null;
