import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPastedText, readPlanFile, ScannedPdfError } from './index.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-read-'));
const write = (name: string, data: Uint8Array | string) => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};

/** A zip with stored (uncompressed) entries, written by hand: enough for a .docx. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function docx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

/** A PDF written by hand from its objects (the xref table computed). */
function pdf(objects: string[]): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
const stream = (s: string) => `<< /Length ${Buffer.byteLength(s, 'latin1')} >>\nstream\n${s}\nendstream`;

/**
 * A text-layer PDF in Chinese: a Type0 font with Identity-H encoding and a ToUnicode map,
 * each line placed as a PDF from a word processor places it (x, y in points, 12 pt).
 */
function chinesePdf(lines: { x: number; y: number; text: string }[]): Buffer {
  const chars = [...new Set(lines.flatMap((l) => [...l.text]))];
  const cid = (ch: string) => (chars.indexOf(ch) + 1).toString(16).padStart(4, '0');
  const hex = (ch: string) => ch.codePointAt(0)!.toString(16).padStart(4, '0');
  const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${chars.length} beginbfchar\n${chars.map((c) => `<${cid(c)}> <${hex(c)}>`).join('\n')}\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
  const content = lines.map((l) => `BT /F1 12 Tf ${l.x} ${l.y} Td <${[...l.text].map(cid).join('')}> Tj ET`).join('\n');
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    stream(content),
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>',
    stream(cmap),
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>',
  ]);
}

describe('reading a plan', () => {
  it('reads UTF-8 text exactly as it is, full-width punctuation and indentation included', async () => {
    const text = '\u3000\u3000一、总体要求\n重点发展集成电路、新型显示等产业，到2025年达到1000亿元。';
    const read = await readPlanFile(write('utf8.txt', text));
    expect(read).toMatchObject({ text, format: 'txt', encoding: 'utf-8' });
  });

  it('reads GB18030 (GBK) text, as a Chinese Windows saves it', async () => {
    // 重点发展产业链 in GBK.
    const bytes = new Uint8Array([0xd6, 0xd8, 0xb5, 0xe3, 0xb7, 0xa2, 0xd5, 0xb9, 0xb2, 0xfa, 0xd2, 0xb5, 0xc1, 0xb4]);
    const read = await readPlanFile(write('gbk.txt', bytes));
    expect(read).toMatchObject({ text: '重点发展产业链', encoding: 'gb18030' });
  });

  it('reads a .docx: one paragraph a line', async () => {
    const read = await readPlanFile(
      write('plan.docx', docx(['一、总体要求', '（一）主要目标。到2025年，数字经济核心产业规模超过5500亿元。'])),
    );
    expect(read.format).toBe('docx');
    expect(read.text).toBe('一、总体要求\n（一）主要目标。到2025年，数字经济核心产业规模超过5500亿元。');
  });

  it('reads a PDF with a text layer: CJK without spaces, a wrapped line joined, a heading kept apart', async () => {
    const file = write(
      'plan.pdf',
      chinesePdf([
        { x: 44, y: 250, text: '一、总体要求' },
        { x: 44, y: 230, text: '重点发展集成电路、新型显示、' },
        { x: 20, y: 212, text: '智能终端等产业。' },
      ]),
    );
    const read = await readPlanFile(file);
    expect(read.format).toBe('pdf');
    expect(read.text).toBe('一、总体要求\n重点发展集成电路、新型显示、智能终端等产业。');
  });

  it('refuses a scanned PDF (an image, no text layer) and says it needs OCR', async () => {
    const image = pdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
      '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream',
      stream('q 300 0 0 300 0 0 cm /Im1 Do Q'),
    ]);
    const file = write('scan.pdf', image);
    await expect(readPlanFile(file)).rejects.toBeInstanceOf(ScannedPdfError);
    await expect(readPlanFile(file)).rejects.toThrow(/scanned PDF with no text layer.*OCR/);
  });

  it('takes pasted text as it is', () => {
    expect(readPastedText('到2023年，建成4万个以上5G基站。')).toEqual({
      text: '到2023年，建成4万个以上5G基站。',
      format: 'pasted',
    });
  });
});
