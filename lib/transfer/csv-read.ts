/**
 * Reading CSV text into a header and rows with papaparse, refusing whatever
 * cannot be read with certainty. A cell in the wrong column would store an
 * e-mail address as a name without anyone noticing, so a malformed file is
 * refused whole, with the row where it goes wrong.
 */
import Papa from 'papaparse';
import { fail, ok, type TransferResult } from './errors';
import { checkImportSize, MAX_IMPORT_BYTES } from './limits';

export interface CsvRow {
  /** As a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  rowNumber: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

const NOTHING = 'Nothing was imported.';

/**
 * Excel writes "sep=;" as the first line when asked to; Dutch Excel separates with
 * ";" because "," is the decimal comma. Otherwise papaparse guesses from these.
 */
const DELIMITERS = [',', ';', '\t'];
const SEP_LINE = /^sep=(.)\r?\n/i;

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function describeParseError(error: Papa.ParseError): string {
  const row = `Row ${error.row === undefined ? '?' : error.row + 1}`;
  if (error.code === 'MissingQuotes') {
    return `${row}: a quoted cell is never closed; the file may be cut off (truncated).`;
  }
  if (error.code === 'InvalidQuotes') return `${row}: a quote inside a cell is not doubled ("").`;
  return `${row}: ${error.message}.`;
}

/** A row must be as wide as the header; empty cells beyond it (stray commas) are harmless. */
function checkWidth(row: CsvRow, width: number): string | undefined {
  const { cells, rowNumber } = row;
  if (cells.length > width && isBlank(cells.slice(width))) cells.length = width;
  if (cells.length === width) return undefined;
  const hint =
    cells.length > width
      ? ' A comma inside a name must be within quotes ("Contoso, Ltd.").'
      : ' The file may be cut off (truncated).';
  return `Row ${rowNumber} has ${cells.length} cells where the header has ${width}.${hint}`;
}

/** Parses the whole text; BOM stripped, blank lines skipped, every cell a string. */
export function readCsv(text: string, limit = MAX_IMPORT_BYTES): TransferResult<CsvTable> {
  const size = checkImportSize(text.length, limit);
  if (!size.ok) return size;
  let body = text.replace(/^\uFEFF/, '');
  const sep = SEP_LINE.exec(body);
  if (sep) body = body.slice(sep[0].length);
  if (body.trim() === '') return fail('empty-file', `The file is empty. ${NOTHING}`);

  const parsed = Papa.parse<string[]>(body, {
    header: false,
    // Blank lines are skipped below, not by papaparse, so that row numbers in its
    // errors and ours count the same lines.
    skipEmptyLines: false,
    delimiter: sep?.[1] ?? '',
    delimitersToGuess: DELIMITERS,
  });
  // A file of one column has no delimiter to detect; papaparse says so and reads it fine.
  const errors = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  const firstError = errors[0];
  if (firstError) {
    return fail('malformed-csv', `${describeParseError(firstError)} ${NOTHING}`);
  }

  const records = parsed.data.map((cells, i) => ({ rowNumber: i + 1, cells }));
  const nonBlank = records.filter((r) => !isBlank(r.cells));
  const [headerRow, ...rows] = nonBlank;
  if (!headerRow) return fail('empty-file', `The file is empty. ${NOTHING}`);
  const header = headerRow.cells.map((h) => h.trim());
  while (header.length > 1 && header.at(-1) === '') header.pop();
  for (const row of rows) {
    const wrong = checkWidth(row, header.length);
    if (wrong) return fail('malformed-csv', `${wrong} ${NOTHING}`);
  }
  if (rows.length === 0) return fail('empty-file', `The file has a header but no rows. ${NOTHING}`);
  return ok({ header, rows });
}
