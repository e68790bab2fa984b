import { parentPort, workerData } from 'node:worker_threads';
import { readSheet } from 'read-excel-file/node';
import { mapHeaders, mapLeadHeaders } from './headers.js';

/** What the worker is asked: a workbook (a file, or bytes), its sheet, and how much text it may give back. */
export type SheetRequest = { path?: string; bytes?: Uint8Array; sheet: string | number; maxTextBytes: number };

/**
 * Its answer: the sheet's non-empty rows as lines of JSON, `[line, ...cells]`, in one buffer
 * handed over without a copy (the header row whole; later rows with only the cells under a
 * header an enterprise list or a lead ledger reads, up to the header's last column); or why it could not.
 */
export type SheetReply =
  | { ok: true; text: Uint8Array; records: number }
  | { ok: false; reason: 'unreadable' | 'no-sheet' | 'too-much-text'; message: string };

/** A cell as text: strings trimmed, numbers as written, dates as YYYY-MM-DD, empty as ''. */
export function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Reads the sheet with read-excel-file and encodes its rows; runs inside the worker. */
async function read({ path, bytes, sheet, maxTextBytes }: SheetRequest): Promise<SheetReply> {
  let data: unknown[][];
  try {
    // Numbers as written in the sheet: a credit code typed as a number is reported, not rounded silently.
    data = (await readSheet<string>(path ?? Buffer.from(bytes!), sheet, { parseNumber: (s) => s })) as unknown[][];
  } catch (err) {
    const noSheet = (err as Error).name === 'SheetNotFoundError' || /sheet.*not found/i.test((err as Error).message);
    return { ok: false, reason: noSheet ? 'no-sheet' : 'unreadable', message: (err as Error).message };
  }
  const pieces: Buffer[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  let total = 0;
  let records = 0;
  let keep: boolean[] | undefined;
  const flush = () => {
    const piece = Buffer.from(pending.join(''));
    pieces.push(piece);
    total += piece.length;
    pending = [];
    pendingLength = 0;
  };
  for (let i = 0; i < data.length; i++) {
    const row = data[i] ?? [];
    const cells = row.map(cellText);
    if (!cells.some((c) => c !== '')) continue;
    // Excel row numbers are the lines: the header is row 1 of the sheet.
    if (!keep) {
      const [list, ledger] = [mapHeaders(cells).columns, mapLeadHeaders(cells).columns];
      keep = list.map((c, at) => c !== null || ledger[at] !== null);
    } else {
      cells.length = Math.min(cells.length, keep.length);
      for (let c = 0; c < cells.length; c++) if (!keep[c]) cells[c] = '';
    }
    const line = `${JSON.stringify([i + 1, ...cells])}\n`;
    pending.push(line);
    pendingLength += line.length;
    records++;
    data[i] = [];
    if (pendingLength > 1 << 20) {
      flush();
      if (total > maxTextBytes)
        return { ok: false, reason: 'too-much-text', message: `more than ${maxTextBytes} bytes of text` };
    }
  }
  flush();
  if (total > maxTextBytes)
    return { ok: false, reason: 'too-much-text', message: `more than ${maxTextBytes} bytes of text` };
  // One buffer of its own (not a slice of Node's shared pool), so that it can be handed over.
  const text = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    text.set(piece, at);
    at += piece.length;
  }
  return { ok: true, text, records };
}

if (parentPort) {
  const reply = await read((workerData as { request: SheetRequest }).request);
  parentPort.postMessage(reply, reply.ok ? [reply.text.buffer as ArrayBuffer] : []);
}
