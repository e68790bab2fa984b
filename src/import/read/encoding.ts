/** The text encodings officers' files come in: UTF-8 (with or without a BOM) and GB18030, which reads GBK. */
export type Encoding = 'utf-8' | 'gb18030';

/** Names accepted for `--encoding`. */
export const ENCODING_NAMES: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  gb18030: 'gb18030',
};

/** How much of the start of a file decides its encoding. */
const SNIFF_BYTES = 64 * 1024;

/**
 * The encoding of a text file from its first bytes: UTF-8 when they carry its BOM or
 * decode as UTF-8, else GB18030 (Excel on a Chinese Windows saves CSV as GBK, which
 * GB18030 contains). A sequence cut at the end of the sample does not count against UTF-8.
 * UTF-16 (Excel's "Unicode text") is refused with a message.
 */
export function detectEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new Error('the file is UTF-16 text; save it as "CSV UTF-8" or as CSV (GBK)');
  }
  const sample = head.subarray(0, SNIFF_BYTES);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(trimCutSequence(sample), { stream: false });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The sample without a UTF-8 sequence cut short at its end. */
function trimCutSequence(bytes: Uint8Array): Uint8Array {
  if (bytes.length < SNIFF_BYTES) return bytes;
  let end = bytes.length;
  // Step back over continuation bytes (10xxxxxx) to the start of the last character.
  for (let k = 0; k < 3 && end > 0 && (bytes[end - 1]! & 0xc0) === 0x80; k++) end--;
  return end > 0 && bytes[end - 1]! >= 0xc0 ? bytes.subarray(0, end - 1) : bytes.subarray(0, end);
}

/** A streaming decoder: bytes in, text out, a character split across chunks kept whole; the BOM dropped. */
export function textDecoder(encoding: Encoding): (chunk: Uint8Array | null) => string {
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  return (chunk) => (chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode());
}
