import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { detectEncoding } from '../../import/read/encoding.js';
import { pdfText } from './pdf.js';

export { ScannedPdfError } from './pdf.js';

/** A plan's text exactly as read: the extractor's quotes are slices of it, and it is what gets stored. */
export type PlanText = { text: string; format: 'txt' | 'docx' | 'pdf' | 'pasted'; encoding?: string; file?: string };

/**
 * Reads a plan: `.txt` (UTF-8 or GB18030, detected as the import reader does), `.docx`
 * (its raw text through mammoth: one paragraph a line), `.pdf` with a text layer (a
 * scanned PDF is refused with a message saying it needs OCR). Nothing is normalised:
 * no whitespace folded, no full-width character changed, so every quote stays verbatim.
 */
export async function readPlanFile(file: string, name: string = file): Promise<PlanText> {
  // `name` says the format when the file itself has no extension (an upload is kept under its id).
  const ext = path.extname(name).toLowerCase();
  const bytes = new Uint8Array(await readFile(file));
  if (ext === '.docx') {
    const mammoth = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // mammoth ends each paragraph with two line breaks; one is the paragraph.
    return { text: value.replace(/\n\n/g, '\n').replace(/\n+$/, ''), format: 'docx', file };
  }
  if (ext === '.pdf' || isPdf(bytes)) return { text: await pdfText(bytes), format: 'pdf', file };
  if (ext === '.doc') throw new Error(`${file}: an old Word .doc file; save it as .docx (or .txt) and read that`);
  const encoding = detectEncoding(bytes);
  // The BOM is dropped (it is no character of the text); nothing else is changed.
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
  return { text, format: 'txt', encoding, file };
}

/** Text a person pasted: taken as it is. */
export function readPastedText(text: string): PlanText {
  return { text, format: 'pasted' };
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF
}
