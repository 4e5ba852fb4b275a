/**
 * The importer's readings of what staff type, one job per file; this file only gathers them so
 * there is one place to look. Each reader is pure and returns the canonical form; the caller
 * (parseReports) compares it with the cell as written and records a note when they differ.
 */
export { normaliseText, cellText } from './text.ts';
export { headerForm, matchHeader, locateHeader, headerSearchRows, type HeaderMatch } from './header.ts';
export { parseDateCell, parseDateText, excelSerialDate, excelSerialRange, isoDate } from './dates.ts';
export { parsePeriod, periodContradiction, canonicalPeriod, type Period } from './period.ts';
export { parseValueCell, acceptedUnits, roundNoise, type ParsedValue } from './values.ts';
export { departmentMatcher, departmentSpellings, nameVariants } from './departments.ts';
