/**
 * CSV (formula) injection: a spreadsheet runs a cell that starts with = + - or @
 * as a formula, so a customer named "=HYPERLINK(…)" would become a live link in
 * the partner's Excel (OWASP "CSV Injection"). Such cells are written with a
 * leading apostrophe, which spreadsheets read as "this is text"; reading our own
 * export back removes it again.
 */

/**
 * OWASP's list (= + - @, tab, carriage return) plus their full-width forms, which
 * Excel in East Asian locales also accepts. Deliberately not papaparse's built-in
 * /^[=+\-@\t\r].*$/: its `.` stops at a line break, so a multi-line cell escaped it.
 */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** On import: "'=SUM(A1)" (from our export) is the text "=SUM(A1)". */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
