/**
 * No command a clerk runs ends in a stack trace (issue 22): a refusal is a Chinese sentence with
 * the English key in brackets, and the command exits non-zero. Each case fails before anything is
 * built, so it costs a second.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'liangxin-messages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const aFile = join(work, 'not-a-folder');
writeFileSync(aFile, '');

const run = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync('node', [script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });

/** A line of a Node stack trace, as a crash prints it. */
const stackLine = /^\s+at .+[:(]\d+:\d+\)?$/m;

describe('refusals are messages', { timeout: 60_000 }, () => {
  it.each([
    [
      'build:demo with a BUILD_DATE that is no date',
      'scripts/buildDemo.ts',
      [],
      { BUILD_DATE: '2026-02-30' },
      ['演示站未构建（demo build failed）', 'BUILD_DATE must be a date'],
    ],
    [
      'version:freeze with a BUILD_DATE that is no date',
      'scripts/freezeVersion.ts',
      ['送审稿'],
      { BUILD_DATE: '2026-02-30' },
      ['未冻结（not frozen）', 'BUILD_DATE must be a date'],
    ],
    ['build with the checkout as OUT_DIR', 'scripts/build.ts', [], { OUT_DIR: '.' }, ['构建失败（build failed）', 'OUT_DIR must not contain the checkout']],
    ['build with a file as OUT_DIR', 'scripts/build.ts', [], { OUT_DIR: aFile }, ['构建失败（build failed）', 'OUT_DIR is a file']],
    [
      'regenerate with the content folder as OUT_DIR',
      'scripts/regenerate.ts',
      [],
      { OUT_DIR: 'content/site' },
      ['重新生成失败（regenerate failed）', 'OUT_DIR must not be inside the content folder'],
    ],
  ])('%s', (_, script, args, env, parts) => {
    const r = run(script, args, env);
    expect(r.status, r.stdout).toBe(1);
    for (const part of parts) expect(r.stderr).toContain(part);
    expect(r.stderr).not.toMatch(stackLine);
  });
});
