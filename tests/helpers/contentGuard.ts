/**
 * Setup file of the unit project (vitest.config.ts), run in each unit test file's own process
 * before its tests. In the files tests/helpers/contentFree.ts lists — those the staff-state check
 * does not run again, because they read nothing of content/ — any read of the checkout's content/
 * throws, so a listed file that starts reading it fails here at once instead of being left out of
 * the staff-state check unnoticed. With SUITE_CONTENT_TRACE=<file>, every unit test file that
 * touches content/ appends its name to <file> instead (how the list was found).
 *
 * What this sees: the file system calls of the test's own process (and so of everything it
 * imports). A command the test starts is another process: a test that runs a command on the real
 * content/ must not be listed (contentFree.ts says so).
 */
import { relative, resolve } from 'node:path';
import { expect } from 'vitest';
import { contentFree } from './contentFree.ts';
import { guardContent } from './guardContent.ts';

const root = resolve(import.meta.dirname, '../..');
const testFile = relative(root, expect.getState().testPath ?? '');
// Tests may read the environment directly (the env rule covers src/ and scripts/).
const trace = process.env.SUITE_CONTENT_TRACE;
if (trace || contentFree.includes(testFile)) guardContent(root, testFile, trace);
