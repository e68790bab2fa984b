/** A cell of an exported table. */
export type Cell = string | number | null | undefined;

/**
 * A CSV file as Excel on a Chinese Windows opens it: UTF-8 with a byte-order mark, CRLF
 * line ends, every cell quoted when it must be. A cell that starts like a formula
 * (= + - @) is prefixed with a quote mark so that a spreadsheet shows it as text.
 */
export function toCsv(header: string[], rows: Cell[][]): string {
  const cell = (value: Cell) => {
    if (value === null || value === undefined) return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
