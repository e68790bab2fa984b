import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import type { InWords } from '../../language.js';
import { ImportFileError } from './file-error.js';
import { byteSize, columnLetters, counted, EXCEL_COLUMNS, EXCEL_ROWS, MAX_COLUMNS, type ReadLimits } from './limits.js';

/** Where a workbook's bytes are: a file read piece by piece, or bytes in memory. */
export type ZipSource = { path: string; bytes?: undefined } | { bytes: Uint8Array; path?: undefined };

/** A worksheet of the workbook: its name and the part (file in the zip) that holds it. */
export type SheetPart = { name: string; part: string | undefined };

/** What the inspection found: the sheets in order, and what the XML parts unpack to. */
export type Workbook = { sheets: SheetPart[]; unpackedBytes: number };

/** What a sheet's data asks of the reader, or the first thing in it beyond the limits. */
type SheetFacts = { rows: number; cells: number; problem?: (sheet: string) => InWords };

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DESCRIPTOR = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
const CHUNK = 256 * 1024;
/** workbook.xml and its relationships are read whole (they name the sheets); more than this is not a workbook. */
const SMALL_PART = 16 * 1024 * 1024;

/** Random access to the bytes, from a file or memory. */
type Bytes = { size: number; read(position: number, length: number): Promise<Buffer>; close(): Promise<void> };

async function bytesOf(source: ZipSource): Promise<Bytes> {
  if (source.bytes) {
    const all = Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
    return {
      size: all.length,
      read: async (p, n) => all.subarray(p, Math.min(all.length, p + n)),
      close: async () => undefined,
    };
  }
  const file = await open(source.path, 'r');
  const size = (await file.stat()).size;
  return {
    size,
    read: async (p, n) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(n, size - p)));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, p);
      return buffer.subarray(0, bytesRead);
    },
    close: () => file.close(),
  };
}

const unreadable = (why: string): ImportFileError =>
  new ImportFileError({
    EN: `the file is not a readable XLSX workbook: ${why}`,
    ZH: `无法读取该 XLSX 工作簿（${why}）`,
  });

/**
 * Inspects a workbook before the XLSX reader allocates anything for it. It walks the zip the
 * way the reader's unzipper does (each local file header in turn, its data up to the size
 * the header gives or, for an entry written as a stream, up to the data descriptor), and for
 * each part the reader keeps (every .xml and .xml.rels) it refuses a declared size over the
 * limit (the reader allocates that much at once) and inflates the data with a byte count, so
 * that the real unpacked size is known and capped whatever the headers claim: a zip bomb
 * stops at the limit, having held one chunk at a time. While inflating a sheet it reads its
 * row numbers and cell references: a row beyond Excel's last one, a cell beyond its last
 * column or the import's column limit, or rows spanning more cells than the limit (the
 * reader builds an empty row for every missing row number and an empty cell for every
 * column before a row's last value) are refused for the sheet that will be read.
 * Reads `xl/workbook.xml` and its relationships for the sheets' names and parts.
 */
export async function inspectWorkbook(source: ZipSource, limits: ReadLimits, sheet?: string): Promise<Workbook> {
  const bytes = await bytesOf(source);
  const facts = new Map<string, SheetFacts>();
  const small = new Map<string, string>();
  let unpacked = 0;
  const overLimit = (why: InWords): ImportFileError =>
    new ImportFileError({
      EN: `the workbook unpacks to more than ${byteSize(limits.unpackedBytes)} (${why.EN}); larger workbooks are not read here: ${limits.larger.EN}`,
      ZH: `该工作簿解压后超过 ${byteSize(limits.unpackedBytes)}（${why.ZH}）；请${limits.larger.ZH.replace(/^请/, '')}`,
    });
  try {
    let position = 0;
    let pastEntries = false;
    for (;;) {
      const head = await bytes.read(position, 30);
      if (head.length === 0) break;
      if (head.length < 4) throw unreadable('it ends inside a zip record');
      const signature = head.readUInt32LE(0);
      if (signature === END) break;
      if (signature === CENTRAL) {
        pastEntries = true;
        const central = await bytes.read(position, 46);
        if (central.length < 46) throw unreadable('it ends inside the zip directory');
        position += 46 + central.readUInt16LE(28) + central.readUInt16LE(30) + central.readUInt16LE(32);
        continue;
      }
      if (signature !== LOCAL) {
        if (pastEntries) break;
        throw unreadable(`unexpected bytes at offset ${position}`);
      }
      if (head.length < 30) throw unreadable('it ends inside a zip entry');
      const flags = head.readUInt16LE(6);
      const method = head.readUInt16LE(8);
      let compressedSize = head.readUInt32LE(18);
      let declaredSize = head.readUInt32LE(22);
      const nameLength = head.readUInt16LE(26);
      const extraLength = head.readUInt16LE(28);
      const nameAndExtra = await bytes.read(position + 30, nameLength + extraLength);
      if (nameAndExtra.length < nameLength + extraLength) throw unreadable('it ends inside a zip entry');
      const name = nameAndExtra.subarray(0, nameLength).toString('utf8');
      ({ compressedSize, declaredSize } = zip64Sizes(nameAndExtra.subarray(nameLength), compressedSize, declaredSize));
      const dataStart = position + 30 + nameLength + extraLength;
      const sizeKnown = !(flags & 0x08) || compressedSize > 0;
      const isDirectory = declaredSize === 0 && /[/\\]$/.test(name);
      const kept = !isDirectory && (name.endsWith('.xml') || name.endsWith('.xml.rels'));

      let dataEnd: number;
      let next: number;
      if (sizeKnown) {
        dataEnd = dataStart + compressedSize;
        if (dataEnd > bytes.size) throw unreadable(`the entry ${name} is cut short`);
        next = dataEnd;
      } else {
        const descriptor = await find(bytes, DESCRIPTOR, dataStart);
        if (descriptor < 0) throw unreadable(`the entry ${name} has no end`);
        dataEnd = descriptor;
        next = descriptor + 16;
      }

      if (kept) {
        // The reader allocates a declared size at once, and copies at most that much.
        if (sizeKnown && unpacked + declaredSize > limits.unpackedBytes) {
          throw overLimit({
            EN: `${name} says it holds ${byteSize(declaredSize)}`,
            ZH: `其中 ${name} 标明的大小为 ${byteSize(declaredSize)}`,
          });
        }
        const room = limits.unpackedBytes - unpacked;
        const scan = name.endsWith('.xml') ? new SheetScan() : undefined;
        const keep = name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' ? ([] as Buffer[]) : undefined;
        let size = 0;
        const count = async (chunks: AsyncIterable<Buffer>) => {
          for await (const chunk of chunks) {
            size += chunk.length;
            if (size > room) {
              // The parts before it named when they count (a workbook's usual small parts do not).
              throw overLimit(
                unpacked >= limits.unpackedBytes / 100
                  ? {
                      EN: `the parts before ${name} unpack to ${byteSize(unpacked)}, and it to more than the ${byteSize(room)} left`,
                      ZH: `${name} 之前的部分解压后为 ${byteSize(unpacked)}，${name} 解压后又超过剩余的 ${byteSize(room)}`,
                    }
                  : {
                      EN: `${name} alone unpacks to more than ${byteSize(room)}`,
                      ZH: `仅 ${name} 解压后就超过 ${byteSize(room)}`,
                    },
              );
            }
            scan?.push(chunk);
            if (keep) {
              if (size > SMALL_PART) throw unreadable(`${name} is larger than ${byteSize(SMALL_PART)}`);
              keep.push(chunk);
            }
          }
        };
        const raw = pieces(bytes, dataStart, dataEnd);
        try {
          await (method === 0
            ? pipeline(raw, count)
            : pipeline(raw, createInflateRaw({ chunkSize: 64 * 1024 }), count));
        } catch (err) {
          if (err instanceof ImportFileError) throw err;
          throw unreadable(`the entry ${name} does not unpack: ${(err as Error).message}`);
        }
        unpacked += Math.max(size, sizeKnown ? declaredSize : 0);
        if (scan?.sawSheetData) facts.set(name, scan.facts());
        if (keep) small.set(name, Buffer.concat(keep).toString('utf8'));
      }
      position = next;
    }
  } finally {
    await bytes.close();
  }

  const sheets = sheetParts(small.get('xl/workbook.xml'), small.get('xl/_rels/workbook.xml.rels'));
  // The sheet that will be read; when the parts cannot be told apart, every sheet is held to the limits.
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
  if (sheet !== undefined && !chosen && sheets.length) {
    throw new ImportFileError({
      EN: `the workbook has no sheet "${sheet}"; its sheets: ${sheets.map((s) => s.name).join(', ')}`,
      ZH: `工作簿中没有名为“${sheet}”的工作表；现有工作表：${sheets.map((s) => s.name).join('、')}`,
    });
  }
  const checked =
    chosen?.part && facts.has(chosen.part) ? [[chosen.part, facts.get(chosen.part)!] as const] : [...facts];
  for (const [part, f] of checked) {
    const name = sheets.find((s) => s.part === part)?.name ?? part;
    if (f.problem) throw new ImportFileError(f.problem(name));
    if (f.cells > limits.cells) {
      throw new ImportFileError({
        EN: `sheet "${name}" spans ${counted(f.cells)} cells (each of its ${counted(f.rows)} rows counted up to its last cell with a value), more than the ${counted(limits.cells)} an import reads: delete the cells far to the right or below the list, or ${limits.larger.EN}`,
        ZH: `工作表“${name}”的 ${counted(f.rows)} 行共占 ${counted(f.cells)} 个单元格（每行算到最后一个有值的单元格），超过了可导入的 ${counted(limits.cells)} 个：请删除名单右侧或下方多余的单元格，或${limits.larger.ZH.replace(/^请/, '')}`,
      });
    }
  }
  return { sheets, unpackedBytes: unpacked };
}

/** Sizes from a local header's ZIP64 extra field when the header says 0xFFFFFFFF, as the unzipper reads them. */
function zip64Sizes(
  extra: Buffer,
  compressedSize: number,
  declaredSize: number,
): { compressedSize: number; declaredSize: number } {
  if (compressedSize !== 0xffffffff && declaredSize !== 0xffffffff) return { compressedSize, declaredSize };
  for (let i = 0; i + 4 <= extra.length; i += 4 + extra.readUInt16LE(i + 2)) {
    if (extra.readUInt16LE(i) !== 0x0001) continue;
    let at = i + 4;
    const next = () => {
      if (at + 8 > extra.length) throw unreadable('a ZIP64 size is cut short');
      const value = Number(extra.readBigUInt64LE(at));
      at += 8;
      return value;
    };
    if (declaredSize === 0xffffffff) declaredSize = next();
    if (compressedSize === 0xffffffff) compressedSize = next();
    return { compressedSize, declaredSize };
  }
  throw unreadable('a ZIP64 entry has no ZIP64 sizes');
}

/** The bytes from `start` to `end`, a chunk at a time. */
async function* pieces(bytes: Bytes, start: number, end: number): AsyncGenerator<Buffer> {
  for (let p = start; p < end; p += CHUNK) yield await bytes.read(p, Math.min(CHUNK, end - p));
}

/** The offset of the first `needle` at or after `start`, or -1. */
async function find(bytes: Bytes, needle: Buffer, start: number): Promise<number> {
  for (let p = start; p < bytes.size; p += CHUNK) {
    const piece = await bytes.read(p, CHUNK + needle.length - 1);
    const at = piece.indexOf(needle);
    if (at >= 0) return p + at;
  }
  return -1;
}

/** XML text with its five entities and character references decoded, and Excel's _xHHHH_ escapes. */
function xmlText(text: string): string {
  return text
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_m, hex: string, dec: string, name: string) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]!,
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const ATTRIBUTES = new Map<string, RegExp>();
const attribute = (attributes: string, name: string): string | undefined => {
  // Excel writes r first: <c r="B7" ...>, <row r="7" ...>; anything else takes the pattern.
  if (name === 'r' && attributes.startsWith(' r="')) {
    const end = attributes.indexOf('"', 4);
    if (end > 0) return attributes.slice(4, end);
  }
  let pattern = ATTRIBUTES.get(name);
  if (!pattern)
    ATTRIBUTES.set(name, (pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = pattern.exec(attributes);
  return m ? (m[1] ?? m[2]) : undefined;
};

/** The sheets in workbook order, each with its part, as the reader maps them (by relationship id). */
function sheetParts(workbook: string | undefined, relationships: string | undefined): SheetPart[] {
  if (!workbook) return [];
  const targets = new Map<string, string>();
  for (const [, attrs] of (relationships ?? '').matchAll(/<(?:[\w.-]+:)?Relationship\b([^<>]*)>/g)) {
    const id = attribute(attrs!, 'Id');
    const target = attribute(attrs!, 'Target');
    if (id && target && /\/worksheet$/.test(attribute(attrs!, 'Type') ?? ''))
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return [...workbook.matchAll(/<(?:[\w.-]+:)?sheet\b([^<>]*)>/g)].flatMap(([, attrs]) => {
    const name = attribute(attrs!, 'name');
    return name === undefined ? [] : [{ name: xmlText(name), part: targets.get(attribute(attrs!, 'id') ?? '') }];
  });
}

/** The longest tag the scan holds while waiting for its end; real sheets' tags are a few dozen bytes. */
const MAX_TAG = 64 * 1024;
/** Opening tags of rows, cells and the sheet's data (attributes, and a / when self-closing); closing tags of rows and the data. */
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c|sheetData)([\s/][^<>]*)?>|<\/(?:[A-Za-z_][\w.-]*:)?(row|sheetData)\s*>/g;
const REF = /^\$?([A-Za-z]{1,7})\$?(\d{1,15})$/;

/**
 * Reads a sheet's XML as it is inflated, a chunk at a time, for what the reader will build
 * from it: each row's number (its `r`, or from its first cell, or the previous row's plus
 * one, as the reader takes it) and the column of each cell that may hold a value.
 */
class SheetScan {
  sawSheetData = false;
  private carry = '';
  private inSheetData = false;
  private row: number | undefined;
  private previousRow = 0;
  private column = 0;
  private lastValueColumn = 0;
  private rows = 0;
  private cells = 0;
  private problem: ((sheet: string) => InWords) | undefined;

  push(chunk: Buffer): void {
    if (this.problem) return;
    // Tags and attributes are ASCII: latin1 keeps every byte as one character, whatever the text around them.
    const text = this.carry + chunk.toString('latin1');
    this.carry = '';
    let end = 0;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m && !this.problem; m = TAG.exec(text)) {
      const attributes = m[2] ?? '';
      if (m[3]) this.tag(true, m[3], '', false);
      else this.tag(false, m[1]!, attributes, attributes.endsWith('/'));
      end = TAG.lastIndex;
    }
    // A tag cut by the chunk's end waits for the rest.
    const open = text.lastIndexOf('<');
    if (open >= end && text.indexOf('>', open) < 0) {
      this.carry = text.slice(open);
      if (this.carry.length > MAX_TAG)
        this.problem = () => ({
          EN: `the sheet has an XML tag longer than ${byteSize(MAX_TAG)}, which no spreadsheet writes`,
          ZH: `工作表中有长于 ${byteSize(MAX_TAG)} 的 XML 标签，这不是电子表格软件保存的文件`,
        });
    }
  }

  facts(): SheetFacts {
    return { rows: this.rows, cells: this.cells, problem: this.problem };
  }

  private tag(closing: boolean, name: string, attributes: string, selfClosing: boolean): void {
    if (name === 'sheetData') {
      this.sawSheetData = true;
      this.inSheetData = !closing && !selfClosing;
      return;
    }
    if (!this.inSheetData) return;
    if (name === 'row') {
      if (closing) return this.endRow();
      const r = attribute(attributes, 'r');
      this.row = r === undefined ? undefined : Number(r);
      if (r !== undefined && !/^\d{1,15}$/.test(r)) return this.beyond(`r="${r}"`, `r="${r}"`);
      if (this.row !== undefined && this.rowBeyond(this.row)) return;
      this.column = 0;
      this.lastValueColumn = 0;
      if (selfClosing) this.endRow();
      return;
    }
    if (closing) return;
    // A cell: its reference, or the next column of the row.
    const ref = attribute(attributes, 'r');
    let column = this.column + 1;
    if (ref !== undefined) {
      const parsed = cellRef(ref);
      if (!parsed) return this.beyond(`cell reference "${ref}"`, `单元格引用“${ref}”`);
      const row = parsed.row;
      column = parsed.column;
      if (this.rowBeyond(row)) return;
      this.row ??= row;
    }
    this.column = column;
    if (column > EXCEL_COLUMNS) {
      return this.fail((sheet) => ({
        EN: `cell ${ref ?? columnLetters(column)} of sheet "${sheet}" is beyond Excel's last column (XFD, ${counted(EXCEL_COLUMNS)})`,
        ZH: `工作表“${sheet}”的单元格 ${ref ?? columnLetters(column)} 超出了 Excel 的最大列数（XFD，${counted(EXCEL_COLUMNS)}）`,
      }));
    }
    // A cell written <c .../> holds no value: the reader adds no empty cells before it.
    if (selfClosing) return;
    if (column > MAX_COLUMNS) {
      const at = ref ?? columnLetters(column);
      return this.fail((sheet) => ({
        EN: `sheet "${sheet}" has a cell in column ${columnLetters(column)} (${at}, column ${counted(column)}); an import file may have at most ${counted(MAX_COLUMNS)} columns (up to ${columnLetters(MAX_COLUMNS)}): delete the cells to the right of the list`,
        ZH: `工作表“${sheet}”的单元格 ${at} 在第 ${counted(column)} 列；导入文件最多 ${counted(MAX_COLUMNS)} 列（到 ${columnLetters(MAX_COLUMNS)} 列为止）：请删除名单右侧多余的单元格`,
      }));
    }
    this.lastValueColumn = Math.max(this.lastValueColumn, column);
  }

  private endRow(): void {
    const row = this.row ?? this.previousRow + 1;
    if (this.rowBeyond(row)) return;
    this.previousRow = row;
    this.rows = Math.max(this.rows, row);
    this.cells += this.lastValueColumn;
    this.row = undefined;
    this.column = 0;
    this.lastValueColumn = 0;
  }

  private rowBeyond(row: number): boolean {
    if (row <= EXCEL_ROWS) return false;
    this.fail((sheet) => ({
      EN: `row ${row} of sheet "${sheet}" is beyond Excel's last row (${counted(EXCEL_ROWS)})`,
      ZH: `工作表“${sheet}”的第 ${row} 行超出了 Excel 的最大行数（${counted(EXCEL_ROWS)}）`,
    }));
    return true;
  }

  private beyond(en: string, zh: string): void {
    this.fail((sheet) => ({
      EN: `sheet "${sheet}" has a row or cell number Excel does not write: ${en}`,
      ZH: `工作表“${sheet}”中有 Excel 不会写出的行号或单元格引用：${zh}`,
    }));
  }

  private fail(problem: (sheet: string) => InWords): void {
    this.problem ??= problem;
  }
}

/** A cell reference's row and column (B7: row 7, column 2; $B$7 too), or undefined for one that is not. */
function cellRef(ref: string): { row: number; column: number } | undefined {
  if (!REF.test(ref)) return undefined;
  let column = 0;
  let row = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) column = column * 26 + (c - 0x60);
    else if (c >= 0x30 && c <= 0x39) row = row * 10 + (c - 0x30);
  }
  return { row, column };
}
