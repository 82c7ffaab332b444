/**
 * A problem found in input, reported as data rather than thrown. `row` is the 1-based data row
 * (header not counted), `line` the 1-based physical line (or spreadsheet row), `column` the header name
 * or letter when one column is at fault.
 */
export interface Problem {
  code: string;
  message: string;
  row?: number;
  line?: number;
  column?: string;
  expected?: string;
}
