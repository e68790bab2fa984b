import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

/**
 * Workbooks built byte by byte, for tests of what reading one may cost: a zip of the parts
 * read-excel-file reads, with the sheet's XML as given (a row numbered 300000000, a cell far
 * to the right, a gigabyte of repeated cells), and sizes in the headers as given too.
 */

/** A part of the zip: its name and bytes (already deflated when `deflated`), and what its headers say. */
export type ZipPart = {
  name: string;
  /** The content, or its deflated form with the content's size and CRC. */
  data: Buffer | { deflated: Buffer; size: number; crc: number };
  /** The uncompressed size the headers state (default: the real one). */
  declaredSize?: number;
  /** Sizes after the data, in a data descriptor, as streaming zip writers do. */
  descriptor?: boolean;
};

/** A zip of the parts: local headers and data, the central directory, its end. */
export function zip(parts: ZipPart[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const { deflated, size, crc } = Buffer.isBuffer(part.data)
      ? { deflated: deflateRawSync(part.data), size: part.data.length, crc: crc32(part.data) }
      : part.data;
    const declared = part.declaredSize ?? size;
    const flags = 0x0800 | (part.descriptor ? 0x08 : 0);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(part.descriptor ? 0 : crc, 14);
    header.writeUInt32LE(part.descriptor ? 0 : deflated.length, 18);
    header.writeUInt32LE(part.descriptor ? 0 : declared, 22);
    header.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(part.descriptor ? 16 : 0);
    if (part.descriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(deflated.length, 8);
      descriptor.writeUInt32LE(declared, 12);
    }
    local.push(header, name, deflated, descriptor);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(deflated.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + name.length + deflated.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An inline-string cell. */
export const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A row of inline-string cells from column A. */
export function row(n: number, texts: string[]): string {
  return `<row r="${n}">${texts.map((t, i) => cell(`${String.fromCharCode(65 + i)}${n}`, t)).join('')}</row>`;
}

/** The header row an import needs, and a row of data. */
export const HEADER = ['企业名称', '所在地', '产业链环节'];
export const sheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;

/** The parts of a workbook around its sheets (each sheet: a name and its part's data). */
export function workbook(
  sheets: { name: string; data: ZipPart['data']; declaredSize?: number; descriptor?: boolean }[],
  options: { descriptor?: boolean } = {},
): Buffer {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
      ),
    },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: s.data,
      declaredSize: s.declaredSize,
      descriptor: s.descriptor,
    })),
  ];
  return zip(options.descriptor ? parts.map((p) => ({ ...p, descriptor: true })) : parts);
}

/**
 * A sheet's XML that is `head`, then `repeat` written `times` times, then `tail`, deflated as
 * a stream (the whole is never in memory): a gigabyte of repeated cells deflates to about 1 MB.
 */
export async function deflatedSheet(
  head: string,
  repeat: string,
  times: number,
  tail: string,
): Promise<{ deflated: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let size = 0;
  let crc = 0;
  const write = async (piece: Buffer) => {
    size += piece.length;
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((r) => deflate.once('drain', r));
  };
  await write(Buffer.from(head));
  // Pieces of about 1 MB of the repeated text.
  const piece = Buffer.from(repeat.repeat(Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(repeat)))));
  const perPiece = piece.length / Buffer.byteLength(repeat);
  let left = times;
  for (; left >= perPiece; left -= perPiece) await write(piece);
  if (left > 0) await write(Buffer.from(repeat.repeat(left)));
  await write(Buffer.from(tail));
  deflate.end();
  await done;
  return { deflated: Buffer.concat(out), size, crc };
}
