/**
 * Reading vitest's JSON reports for `npm test`'s closing lines: totals, and every test that did
 * not run. A skipped test asserts nothing, so a skip nobody listed with its reason is a failure in
 * CI (a test that quietly stopped running looks exactly like one that passes).
 */
import { existsSync, readFileSync } from 'node:fs';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; assertionResults: { status: string; fullName: string }[] }[];
}

export interface Totals {
  passed: number;
  failed: number;
  /** Tests that did not run (skipped, todo, pending), as "file › full name". */
  skipped: string[];
}

export function readTotals(files: string[], cwd = process.cwd()): Totals {
  const totals: Totals = { passed: 0, failed: 0, skipped: [] };
  for (const file of files.filter((f) => existsSync(f))) {
    const r = JSON.parse(readFileSync(file, 'utf8')) as Report;
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    for (const t of r.testResults) {
      for (const a of t.assertionResults) {
        if (a.status !== 'passed' && a.status !== 'failed') totals.skipped.push(`${t.name.replace(`${cwd}/`, '')} › ${a.fullName}`);
      }
    }
  }
  return totals;
}

/** The plain closing line CI reads: `N passed, N failed`, with `, N skipped` when any were. */
export function closingLine(t: Totals): string {
  return `${t.passed} passed, ${t.failed} failed${t.skipped.length > 0 ? `, ${t.skipped.length} skipped` : ''}`;
}

/** Why a skipped test may be skipped: the reason of the first entry of `allowed` its name contains. */
export function skipReason(skipped: string, allowed: Record<string, string>): string | undefined {
  return Object.entries(allowed).find(([name]) => skipped.includes(name))?.[1];
}

/** Skips no entry of `allowed` (part of a test's name → reason) covers. */
export function unlistedSkips(t: Totals, allowed: Record<string, string>): string[] {
  return t.skipped.filter((s) => skipReason(s, allowed) === undefined);
}
