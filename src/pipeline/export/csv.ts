/** A cell of a CSV file. */
export type CsvCell = string | number | null | undefined;

/** A text cell that a spreadsheet would take for a formula (= + - @, or a tab or CR first). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as RFC 4180 writes it: quoted when it holds a quote, a comma or a line end.
 * A text cell that starts like a formula gets a leading apostrophe, so that Excel and WPS
 * show it as text instead of running it (the web app's lib/csv.ts does the same).
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * A CSV file as Excel on a Chinese Windows opens it: UTF-8 with a byte-order mark, CRLF
 * line ends, RFC 4180 quoting, formulas escaped.
 */
export function toCsv(header: readonly CsvCell[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map(csvLine).join('')}`;
}
