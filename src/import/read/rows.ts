import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import readXlsxFile, { readSheet } from 'read-excel-file/node';
import { detectEncoding, textDecoder, type Encoding } from './encoding.js';
import { WordedError } from '../problems.js';
import { COLUMNS, headerProblem, mapHeaders, type Column, type HeaderMap } from './headers.js';

/** A file that cannot be read as an import file at all; nothing was written. */
export class ImportFileError extends WordedError {
  override name = 'ImportFileError';
}

/** Where an import's bytes are: a file on disk (read as a stream) or an upload in memory. */
export type Source = { path: string; bytes?: undefined } | { bytes: Uint8Array; path?: undefined };

/** One data row: its line in the file (the header is line 1) and the import's columns as text. */
export type ImportRow = { line: number } & Record<Column, string>;

/** What reading a file found out about it before any row: its format, encoding or sheet, its columns. */
export type FileShape = { format: 'csv' | 'xlsx'; encoding: Encoding | null; sheet: string | null; headers: HeaderMap; bytes: number };

/** An opened import file: its shape, and its rows, which can be read again from the start (check, then write). */
export type OpenedFile = FileShape & { rows(): AsyncIterable<ImportRow> };

export type ReadOptions = { encoding?: Encoding; sheet?: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The first bytes of a source, to tell its format and encoding. */
async function head(source: Source, n = 64 * 1024): Promise<{ head: Uint8Array; size: number }> {
  if (source.bytes) return { head: source.bytes.subarray(0, n), size: source.bytes.length };
  const file = await open(source.path, 'r');
  try {
    const buffer = Buffer.alloc(n);
    const { bytesRead } = await file.read(buffer, 0, n, 0);
    return { head: buffer.subarray(0, bytesRead), size: (await file.stat()).size };
  } finally {
    await file.close();
  }
}

/**
 * Opens an officer's file: an XLSX workbook (its first sheet, or `sheet`) or CSV text in
 * UTF-8 or GB18030/GBK (detected, or `encoding`). Reads the header row and maps it to the
 * import's columns; a file that cannot be an import file is refused with the reason.
 */
export async function openImportFile(source: Source, options: ReadOptions = {}): Promise<OpenedFile> {
  const { head: start, size } = await head(source);
  if (!size) throw new ImportFileError({ EN: 'the file is empty', ZH: '文件是空的' });
  const isZip = ZIP.every((b, i) => start[i] === b);
  return isZip ? openXlsx(source, size, options.sheet) : openCsv(source, size, start, options.encoding);
}

function openCsv(source: Source, size: number, start: Uint8Array, forced?: Encoding): Promise<OpenedFile> {
  let encoding: Encoding;
  try {
    encoding = forced ?? detectEncoding(start);
  } catch (err) {
    throw new ImportFileError({ EN: (err as Error).message, ZH: '该文件是 UTF-16 文本：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”' });
  }
  if (start.includes(0)) throw new ImportFileError({ EN: 'the file is binary, neither CSV text nor an XLSX workbook', ZH: '该文件既不是 CSV 文本，也不是 XLSX 工作簿' });
  const records = (): AsyncIterable<{ record: string[]; line: number }> => {
    const bytes = source.bytes ? Readable.from([Buffer.from(source.bytes)]) : createReadStream(source.path, { highWaterMark: 256 * 1024 });
    const text = bytes.pipe(new DecodeStream(encoding));
    const parser = text.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, trim: true }));
    return (async function* () {
      try {
        for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) yield { record, line: info.lines };
      } catch (err) {
        throw new ImportFileError({ EN: `the file is not valid CSV: ${(err as Error).message}`, ZH: `该文件不是有效的 CSV（${(err as Error).message}）` });
      }
    })();
  };
  return withHeader({ format: 'csv', encoding, sheet: null, bytes: size }, records);
}

async function openXlsx(source: Source, size: number, sheet?: string): Promise<OpenedFile> {
  const input = source.bytes ? Buffer.from(source.bytes) : source.path;
  let data: unknown[][];
  try {
    // Numbers as written in the sheet: a credit code typed as a number is reported, not rounded silently.
    data = (await readSheet<string>(input, sheet ?? 1, { parseNumber: (s) => s })) as unknown[][];
  } catch (err) {
    if (sheet && /sheet/i.test((err as Error).message)) {
      const names = (await readXlsxFile(input)).map((s) => s.sheet);
      throw new ImportFileError({ EN: `the workbook has no sheet "${sheet}"; its sheets: ${names.join(', ')}`, ZH: `工作簿中没有名为“${sheet}”的工作表；现有工作表：${names.join('、')}` });
    }
    throw new ImportFileError({ EN: `the file is not a readable XLSX workbook: ${(err as Error).message}`, ZH: `无法读取该 XLSX 工作簿（${(err as Error).message}）` });
  }
  const sheetName = sheet ?? (await readXlsxFile(input)).map((s) => s.sheet)[0] ?? 'Sheet1';
  // Excel row numbers are the lines: the header is row 1 of the sheet.
  const records = () => (async function* () {
    for (let i = 0; i < data.length; i++) {
      const record = (data[i] ?? []).map(cellText);
      if (record.some((c) => c !== '')) yield { record, line: i + 1 };
    }
  })();
  return withHeader({ format: 'xlsx', encoding: null, sheet: sheetName, bytes: size }, records);
}

/** A cell as text: strings trimmed, numbers as written, dates as YYYY-MM-DD, empty as ''. */
function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Reads the header row, then yields every later record as an ImportRow. */
async function withHeader(shape: Omit<FileShape, 'headers'>, records: () => AsyncIterable<{ record: string[]; line: number }>): Promise<OpenedFile> {
  let headers: HeaderMap | undefined;
  for await (const { record } of records()) {
    headers = mapHeaders(record);
    break;
  }
  if (!headers) throw new ImportFileError({ EN: 'the file has no header row', ZH: '文件没有表头行' });
  const problem = headerProblem(headers);
  if (problem) throw new ImportFileError(problem);
  const columns = headers.columns;
  async function* rows(): AsyncIterable<ImportRow> {
    let first = true;
    for await (const { record, line } of records()) {
      if (first) {
        first = false;
        continue;
      }
      const row = { line } as ImportRow;
      for (const c of COLUMNS) row[c] = '';
      columns.forEach((column, i) => {
        if (column) row[column] = record[i] ?? '';
      });
      yield row;
    }
  }
  return { ...shape, headers, rows };
}

/** Bytes to text in a given encoding, as a stream (a character split between chunks stays whole). */
class DecodeStream extends Transform {
  private readonly decode: (chunk: Uint8Array | null) => string;
  constructor(encoding: Encoding) {
    super();
    this.decode = textDecoder(encoding);
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (err?: Error | null, data?: string) => void) {
    done(null, this.decode(chunk));
  }
  override _flush(done: (err?: Error | null, data?: string) => void) {
    done(null, this.decode(null));
  }
}
