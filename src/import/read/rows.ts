import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { detectEncoding, textDecoder, type Encoding } from './encoding.js';
import { ImportFileError } from './file-error.js';
import {
  COLUMNS,
  fileKindOf,
  headerProblem,
  LEAD_COLUMNS,
  leadHeaderProblem,
  mapHeaders,
  mapLeadHeaders,
  type Column,
  type FileKind,
  type HeaderMap,
  type LeadColumn,
} from './headers.js';
import { counted, DEFAULT_READ_LIMITS, EXCEL_COLUMNS, MAX_COLUMNS, type ReadLimits } from './limits.js';
import { inspectWorkbook } from './xlsx-inspect.js';
import { readSheetText } from './xlsx-read.js';

export { ImportFileError };

/** Where an import's bytes are: a file on disk (read as a stream) or an upload in memory. */
export type Source = { path: string; bytes?: undefined } | { bytes: Uint8Array; path?: undefined };

/** One data row: its line in the file (the header is line 1) and the import's columns as text. */
export type ImportRow = { line: number } & Record<Column, string>;
/** One data row of a lead ledger. */
export type LedgerRow = { line: number } & Record<LeadColumn, string>;

/** What reading a file found out about it before any row: its format, encoding or sheet, its columns. */
export type FileShape<C extends string = Column> = {
  format: 'csv' | 'xlsx';
  encoding: Encoding | null;
  sheet: string | null;
  headers: HeaderMap<C>;
  bytes: number;
};

/** An opened import file: its shape, and its rows, which can be read again from the start (check, then write). */
export type OpenedFile = FileShape & { kind: 'ENTERPRISES'; rows(): AsyncIterable<ImportRow> };
/** An opened lead ledger. */
export type OpenedLedger = FileShape<LeadColumn> & { kind: 'LEADS'; rows(): AsyncIterable<LedgerRow> };

export type ReadOptions = {
  encoding?: Encoding;
  sheet?: string;
  /** What reading a workbook may cost (the service's defaults when not given). */
  limits?: ReadLimits;
};

/** The columns of a kind of file, and what its header row must have. */
type ColumnSet = {
  kind: FileKind;
  columns: readonly string[];
  map: (cells: string[]) => HeaderMap<string>;
  problem: (headers: HeaderMap<string>) => { EN: string; ZH: string } | null;
};
const ENTERPRISE_SET: ColumnSet = {
  kind: 'ENTERPRISES',
  columns: COLUMNS,
  map: mapHeaders,
  problem: (h) => headerProblem(h as HeaderMap),
};
const LEAD_SET: ColumnSet = {
  kind: 'LEADS',
  columns: LEAD_COLUMNS,
  map: mapLeadHeaders,
  problem: (h) => leadHeaderProblem(h as HeaderMap<LeadColumn>),
};
/** How the header row decides the kind of file: as given, or (`detect`) from its columns (`fileKindOf`). */
type Chooser = (cells: string[]) => ColumnSet;
const as =
  (kind: FileKind): Chooser =>
  () =>
    kind === 'LEADS' ? LEAD_SET : ENTERPRISE_SET;
const detected: Chooser = (cells) => {
  const found = fileKindOf(cells);
  if ('problem' in found) throw new ImportFileError(found.problem);
  return as(found.kind)(cells);
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** A CSV record longer than this is not a row of an enterprise list (the parser would hold all of it). */
const MAX_RECORD_CHARACTERS = 16 * 1024 * 1024;

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
  return (await openFile(source, options, as('ENTERPRISES'))) as OpenedFile;
}

/**
 * Opens an officer's file as `openImportFile` does, as the kind of file given, or, without
 * one, the kind its header row shows (`fileKindOf`: a lead ledger has a 阶段 column).
 */
export async function openAnyImportFile(
  source: Source,
  options: ReadOptions & { kind?: FileKind },
): Promise<OpenedFile | OpenedLedger> {
  return (await openFile(source, options, options.kind ? as(options.kind) : detected)) as OpenedFile | OpenedLedger;
}

async function openFile(source: Source, options: ReadOptions, choose: Chooser): Promise<AnyOpened> {
  const { head: start, size } = await head(source);
  if (!size) throw new ImportFileError({ EN: 'the file is empty', ZH: '文件是空的' });
  const isZip = ZIP.every((b, i) => start[i] === b);
  return isZip
    ? openXlsx(source, size, options.sheet, options.limits ?? DEFAULT_READ_LIMITS, choose)
    : openCsv(source, size, start, choose, options.encoding);
}

/** A file opened as some kind, before its callers take it as that kind's type. */
type AnyOpened = FileShape<string> & {
  kind: FileKind;
  rows(): AsyncIterable<{ line: number } & Record<string, string>>;
};

function openCsv(
  source: Source,
  size: number,
  start: Uint8Array,
  choose: Chooser,
  forced?: Encoding,
): Promise<AnyOpened> {
  let encoding: Encoding;
  try {
    encoding = forced ?? detectEncoding(start);
  } catch (err) {
    throw new ImportFileError({
      EN: (err as Error).message,
      ZH: '该文件是 UTF-16 文本：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”',
    });
  }
  if (start.includes(0))
    throw new ImportFileError({
      EN: 'the file is binary, neither CSV text nor an XLSX workbook',
      ZH: '该文件既不是 CSV 文本，也不是 XLSX 工作簿',
    });
  const records = (): AsyncIterable<{ record: string[]; line: number }> => {
    const bytes = source.bytes
      ? Readable.from([Buffer.from(source.bytes)])
      : createReadStream(source.path, { highWaterMark: 256 * 1024 });
    const decoded = bytes.pipe(new DecodeStream(encoding));
    const guarded = decoded.pipe(new ColumnGuard());
    const parser = guarded.pipe(
      parse({
        bom: true,
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
        trim: true,
        max_record_size: MAX_RECORD_CHARACTERS,
      }),
    );
    for (const stage of [bytes, decoded, guarded]) stage.on('error', (err: Error) => parser.destroy(err));
    return (async function* () {
      try {
        for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
          yield { record, line: info.lines };
      } catch (err) {
        if (err instanceof ImportFileError) throw err;
        // csv-parse says where (its `lines`); its English words are for the English message only.
        const line = (err as { lines?: number }).lines;
        throw new ImportFileError({
          EN: `the file is not valid CSV: ${(err as Error).message}`,
          ZH: `该文件不是有效的 CSV${line ? `：第 ${line} 行附近的引号或分隔符有误` : ''}`,
        });
      }
    })();
  };
  return withHeader({ format: 'csv', encoding, sheet: null, bytes: size }, records, choose);
}

/**
 * A workbook: inspected first (its real unpacked size, its sheet's row numbers, columns and
 * cells, before anything is allocated for it), then its sheet parsed in a worker thread with
 * a heap and a time limit; the rows come back as one buffer of text, decoded a row at a time.
 */
async function openXlsx(
  source: Source,
  size: number,
  sheet: string | undefined,
  limits: ReadLimits,
  choose: Chooser,
): Promise<AnyOpened> {
  const { sheets } = await inspectWorkbook(source, limits, sheet);
  const text = Buffer.from(await readSheetText(source, sheet ?? 1, limits));
  const sheetName = sheet ?? sheets[0]?.name ?? 'Sheet1';
  const records = () =>
    (async function* () {
      for (let start = 0; start < text.length;) {
        let end = text.indexOf(10, start);
        if (end < 0) end = text.length;
        const [line, ...record] = JSON.parse(text.toString('utf8', start, end)) as [number, ...string[]];
        start = end + 1;
        yield { record, line };
      }
    })();
  return withHeader({ format: 'xlsx', encoding: null, sheet: sheetName, bytes: size }, records, choose);
}

/** Reads the header row (which says, or `choose` tells, what kind of file it is), then yields every later record as a row of that kind. */
async function withHeader(
  shape: Omit<FileShape, 'headers'>,
  records: () => AsyncIterable<{ record: string[]; line: number }>,
  choose: Chooser,
): Promise<AnyOpened> {
  let headers: HeaderMap<string> | undefined;
  let set: ColumnSet | undefined;
  for await (const { record } of records()) {
    // Empty cells at the end of the header (a sheet formatted far to the right) are not columns.
    let width = record.length;
    while (width > 0 && !record[width - 1]) width--;
    if (width > MAX_COLUMNS) throw tooWide(width);
    set = choose(record.slice(0, width));
    headers = set.map(record.slice(0, width));
    break;
  }
  if (!headers || !set) throw new ImportFileError({ EN: 'the file has no header row', ZH: '文件没有表头行' });
  const problem = set.problem(headers);
  if (problem) throw new ImportFileError(problem);
  const columns = headers.columns;
  const all = set.columns;
  async function* rows(): AsyncIterable<{ line: number } & Record<string, string>> {
    let first = true;
    for await (const { record, line } of records()) {
      if (first) {
        first = false;
        continue;
      }
      const row = { line } as { line: number } & Record<string, string>;
      for (const c of all) row[c] = '';
      columns.forEach((column, i) => {
        if (column) row[column] = record[i] ?? '';
      });
      yield row;
    }
  }
  return { ...shape, kind: set.kind, headers, rows };
}

function tooWide(columns: number): ImportFileError {
  return new ImportFileError({
    EN: `the header row has ${counted(columns)} columns; an import file may have at most ${counted(MAX_COLUMNS)}: delete the columns the import does not need`,
    ZH: `表头有 ${counted(columns)} 列；导入文件最多 ${counted(MAX_COLUMNS)} 列：请删除导入用不到的列`,
  });
}

/**
 * Counts each CSV record's fields before the parser sees it (quotes hold commas and line
 * breaks, as the parser reads them): a record of more fields than Excel has columns is
 * refused, its text withheld from the parser (which takes seconds over a record of a million
 * fields). The header, whose cells outnumbering MAX_COLUMNS refuse the file anyway, is counted
 * to its end for the message.
 */
class ColumnGuard extends Transform {
  private quoted = false;
  private fields = 1;
  private line = 1;
  private header = true;
  private over = false;
  // UTF-8 bytes: a comma, a quote or a line feed is never part of another character.
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (err?: Error | null, data?: Buffer) => void) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 34) this.quoted = !this.quoted;
      else if (this.quoted) continue;
      else if (c === 44) {
        if (++this.fields > EXCEL_COLUMNS && !this.header) return done(this.tooMany());
        this.over ||= this.fields > EXCEL_COLUMNS;
      } else if (c === 10) {
        if (this.over) return done(tooWide(this.fields));
        this.fields = 1;
        this.line++;
        this.header = false;
      }
    }
    done(null, this.over ? Buffer.alloc(0) : chunk);
  }
  override _flush(done: (err?: Error | null) => void) {
    done(this.over ? tooWide(this.fields) : null);
  }
  private tooMany(): ImportFileError {
    return new ImportFileError({
      EN: `line ${this.line} has more than ${counted(EXCEL_COLUMNS)} columns, more than Excel has; an import file may have at most ${counted(MAX_COLUMNS)}`,
      ZH: `第 ${this.line} 行超过 ${counted(EXCEL_COLUMNS)} 列，比 Excel 的列数还多；导入文件最多 ${counted(MAX_COLUMNS)} 列`,
    });
  }
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
