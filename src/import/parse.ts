import { parse } from 'csv-parse/sync';

/** One data row of an import file, with the line it starts on (the header is line 1). */
export type CsvRow = { line: number; name: string; place: string; links: string; sectors: string; aliases: string; note: string };

/** A file that cannot be read as an import file at all; nothing was written. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

export const REQUIRED_COLUMNS = ['name', 'place'] as const;
export const OPTIONAL_COLUMNS = ['links', 'sectors', 'aliases', 'note'] as const;

/**
 * Decodes (UTF-8 only: GBK and other encodings are refused, not guessed) and parses
 * CSV with a header row. Checks the columns; the rows are checked by `resolveRows`.
 */
export function parseCsv(bytes: Uint8Array): CsvRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError('the file is not UTF-8 text (save it as "CSV UTF-8"; GBK and other encodings are not read)');
  }
  if (text.includes('\u0000')) throw new ImportFileError('the file is binary, not CSV text');
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, info: true, bom: true });
  } catch (err) {
    throw new ImportFileError(`the file is not valid CSV: ${(err as Error).message}`);
  }
  const header = records[0] ? Object.keys(records[0].record) : headerOf(text);
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new ImportFileError(`missing column(s) ${missing.join(', ')}; the header must have ${REQUIRED_COLUMNS.join(', ')} and links or sectors`);
  if (!header.includes('links') && !header.includes('sectors')) throw new ImportFileError('the header needs a links or a sectors column');
  const unknown = header.filter((c) => !(REQUIRED_COLUMNS as readonly string[]).includes(c) && !(OPTIONAL_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) throw new ImportFileError(`unknown column(s) ${unknown.join(', ')}; allowed: ${[...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].join(', ')}`);
  if (!records.length) throw new ImportFileError('the file has a header but no rows');
  return records.map(({ record, info }) => ({
    line: info.lines,
    name: record.name ?? '',
    place: record.place ?? '',
    links: record.links ?? '',
    sectors: record.sectors ?? '',
    aliases: record.aliases ?? '',
    note: record.note ?? '',
  }));
}

function headerOf(text: string): string[] {
  return (text.split(/\r?\n/)[0] ?? '').split(',').map((c) => c.trim().toLowerCase());
}
