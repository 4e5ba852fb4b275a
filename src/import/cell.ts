/**
 * One spreadsheet cell as the workbook reader hands it over: text, a number, a boolean, a Date
 * for date-formatted cells, or null for an empty cell. Formula cells arrive as their value; a
 * percent-formatted number arrives as text such as '86%'.
 */
export type Cell = string | number | boolean | Date | null;

/** One sheet: its name and its rows, row i being spreadsheet row i + 1 (blank and title rows kept). */
export interface Sheet {
  /** The sheet's tab name, e.g. 填报说明 or Sheet1. */
  name: string;
  /** All rows from spreadsheet row 1, so that an index maps back to the row number staff see. */
  rows: Cell[][];
}
