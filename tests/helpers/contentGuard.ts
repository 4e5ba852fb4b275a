/**
 * Setup file of the unit project (vitest.config.ts), run before each unit test file's tests. The
 * files share one module graph and process (`isolate: false`), so what a file changes of the
 * process is put back after it here:
 * - in the files tests/helpers/contentFree.ts lists — those the staff-state check does not run
 *   again, because they read nothing of content/ — any read of the checkout's content/ throws, so a
 *   listed file that starts reading it fails at once instead of being left out of the staff-state
 *   check unnoticed; the guard is lifted after the file;
 * - the environment (several files set BUILD_DATE or SAMPLE_DATA for what they test) is restored
 *   to what it was before the file.
 * With SUITE_CONTENT_TRACE=<file>, every unit test file that touches content/ appends its name to
 * <file> instead (how the list was found; vitest.config.ts then runs each file in a fresh process,
 * so a module another file loaded first cannot hide a read).
 *
 * What this sees: the file system calls of the test's own process (and so of everything it
 * imports). A command the test starts is another process: a test that runs a command on the real
 * content/ must not be listed (contentFree.ts says so).
 */
import { relative, resolve } from 'node:path';
import { afterAll, expect } from 'vitest';
import { contentFree } from './contentFree.ts';
import { guardContent } from './guardContent.ts';
import { suiteContentTrace } from '../../src/config/env.ts';

const root = resolve(import.meta.dirname, '../..');
const testFile = relative(root, expect.getState().testPath ?? '');
const trace = suiteContentTrace();
const lift = trace || contentFree.includes(testFile) ? guardContent(root, testFile, trace) : undefined;
const env = { ...process.env };
afterAll(() => {
  lift?.();
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
});
