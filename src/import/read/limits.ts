import type { InWords } from '../../language.js';

/** Excel's last row and last column (XFD): a workbook Excel saved has nothing beyond them. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/**
 * Columns an import file may have, CSV or XLSX: the import reads seven, registry exports
 * have a few dozen. A header or a sheet wider than this is refused before anything is read.
 */
export const MAX_COLUMNS = 1_000;

/** Ignored column names kept on an import's record and in its check; the rest are counted. */
export const LISTED_IGNORED_COLUMNS = 20;

/**
 * What reading one workbook may cost. The XLSX reader (read-excel-file) unpacks every XML
 * part of the workbook into memory and then builds the whole sheet as arrays, an empty row
 * for every missing row number and an empty cell for every column before a row's last one:
 * so the parts' real unpacked size, the sheet's row numbers and how many cells its rows
 * span are checked before it runs, and it runs in a worker thread with a heap of its own.
 */
export type ReadLimits = {
  /** Bytes the workbook's XML parts may unpack to, all together. */
  unpackedBytes: number;
  /** Cells the sheet's rows may span (each row counted up to its last cell with a value). */
  cells: number;
  /** The worker's heap (V8 old space), in MB: past it the worker dies, the process does not. */
  heapMb: number;
  /** Time the worker may take. */
  timeoutMs: number;
  /** Where a larger file can go, said at the end of a refusal. */
  larger: InWords;
};

/**
 * Limits for a given unpacked size: cells at a slot (8 bytes) per unpacked byte, and a heap of
 * three times the unpacked size plus 256 MB (measured: an honest 20 MB upload of 450,000
 * rows unpacks to 218 MB and its parse peaks at 430 MB of heap; the worker adds its output).
 */
export function readLimits(unpackedBytes: number, timeoutMs: number, larger: InWords): ReadLimits {
  return {
    unpackedBytes,
    cells: Math.floor(unpackedBytes / 8),
    heapMb: Math.ceil((3 * unpackedBytes) / 1024 / 1024) + 256,
    timeoutMs,
    larger,
  };
}

/** What the server tells an officer whose workbook is over its limits. */
export const UPLOAD_LARGER: InWords = {
  EN: 'split the list into smaller files, save it as CSV (read as a stream, without this limit), or ask an administrator to import it with npm run import',
  ZH: '请把名单拆成几个较小的文件，或另存为 CSV（逐行读取，不受此限制），或请管理员在服务器上用 npm run import 导入',
};

/** What the command line says instead. */
export const CLI_LARGER: InWords = {
  EN: 'save it as CSV (read as a stream, without this limit), or raise CLI_XLSX_UNPACKED_LIMIT_BYTES (the parse needs about three times as much memory)',
  ZH: '请另存为 CSV（逐行读取，不受此限制），或调高 CLI_XLSX_UNPACKED_LIMIT_BYTES（解析约需三倍的内存）',
};

/** Limits for tests and callers that name none: the service's defaults. */
export const DEFAULT_READ_LIMITS = readLimits(300 * 1024 * 1024, 120_000, UPLOAD_LARGER);

/** A size as people read it: 300 MB, 4 KB, 900 B. */
export function byteSize(bytes: number): string {
  const [value, unit] =
    bytes >= 1024 * 1024 * 1024
      ? [bytes / 1024 ** 3, 'GB']
      : bytes >= 1024 * 1024
        ? [bytes / 1024 / 1024, 'MB']
        : bytes >= 1024
          ? [bytes / 1024, 'KB']
          : [bytes, 'B'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

/** A count with thousands separators: 1,048,576. */
export const counted = (n: number) => n.toLocaleString('en');

/** A column's letters from its number: 1 A, 27 AA, 16384 XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
