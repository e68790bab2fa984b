import { describe, expect, it } from 'vitest';
import { detectEncoding, textDecoder } from './encoding.js';

const gbk郑州 = [0xd6, 0xa3, 0xd6, 0xdd];

describe('import file encodings', () => {
  it('reads UTF-8 with or without a BOM as UTF-8, and GBK as GB18030', () => {
    expect(detectEncoding(new TextEncoder().encode('名称,所在地\n郑州'))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0x61, 0x2c, ...gbk郑州]))).toBe('gb18030');
  });

  it('does not mistake UTF-8 cut in the middle of a character at the end of the sample for GBK', () => {
    const text = new TextEncoder().encode('郑'.repeat(30_000));
    expect(detectEncoding(text.subarray(0, 64 * 1024))).toBe('utf-8');
  });

  it('refuses UTF-16 with a message that says what to do', () => {
    expect(() => detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toThrow(/UTF-16.*CSV UTF-8/);
  });

  it('decodes a character split across chunks, and drops the BOM', () => {
    const decode = textDecoder('gb18030');
    expect(decode(new Uint8Array(gbk郑州.slice(0, 3))) + decode(new Uint8Array(gbk郑州.slice(3))) + decode(null)).toBe(
      '郑州',
    );
    const utf8 = textDecoder('utf-8');
    expect(utf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) + utf8(null)).toBe('a');
  });
});
