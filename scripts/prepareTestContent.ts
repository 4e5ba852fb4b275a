/**
 * Lays out the content copies of the two test builds (tests/helpers/testContent.ts) and prints what
 * each holds: what `npm test` does in-process before its builds, as a command, so the staff-state
 * check (scripts/testStaffState.ts) can do the same in its copy of the checkout.
 */
import { prepareAllTestContent } from '../tests/helpers/testContent.ts';

try {
  for (const line of prepareAllTestContent()) console.log(line);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
