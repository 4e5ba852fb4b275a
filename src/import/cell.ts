/**
 * One spreadsheet cell as the workbook reader hands it over: text, a number, a boolean, a Date
 * for date-formatted cells, or null for an empty cell. Formula cells arrive as their value; a
 * percent-formatted number arrives as text such as '86%'.
 */
export type Cell = string | number | boolean | Date | null;

/** One sheet: its name and its rows, row i being spreadsheet row i + 1 (blank and title rows kept). */
export interface Sheet {
  /** The sheet's tab name, e.g. 填报说明 or Sheet1 (CSV and text files). */
  name: string;
  /**
   * All rows from spreadsheet row 1, so that an index maps back to the row number staff see. Empty
   * cells are null; a blank row may be []. Dates are Date (UTC midnight), percent-formatted numbers
   * the text shown ('8.6%'), formulas their saved result; a cell merged down over several rows has
   * its value on each of them, as Excel shows it.
   */
  rows: Cell[][];
  /** True when the sheet is hidden in the workbook (Excel: 隐藏工作表): it is never imported. */
  hidden?: boolean;
  /** Spreadsheet row numbers (1-based) the sheet hides, or folds away in a collapsed group: never imported. */
  hiddenRows?: readonly number[];
  /** Merged ranges as [row, column] corners, 1-based; a header's group title spreads across its range. */
  merges?: readonly { from: readonly [number, number]; to: readonly [number, number] }[];
}
