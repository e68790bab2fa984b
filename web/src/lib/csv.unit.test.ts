import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV export', () => {
  it('starts with a byte-order mark and ends lines with CRLF, so Excel reads the Chinese', () => {
    const csv = toCsv(
      ['环节', '状态'],
      [
        ['芯片', '拟引进'],
        ['整机', '已覆盖'],
      ],
    );
    expect(csv).toBe('\uFEFF环节,状态\r\n芯片,拟引进\r\n整机,已覆盖\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes cells with commas, quotes or line breaks', () => {
    expect(toCsv(['a'], [['积极争取高通公司、展讯公司, 等'], ['他说"好"'], ['两\n行']])).toBe(
      '\uFEFFa\r\n"积极争取高通公司、展讯公司, 等"\r\n"他说""好"""\r\n"两\n行"\r\n',
    );
  });

  it('keeps formulas from running in a spreadsheet, and writes numbers and empty cells plainly', () => {
    expect(toCsv(['a', 'b', 'c'], [['=HYPERLINK("x")', 0.25, null]])).toBe(
      '\uFEFFa,b,c\r\n"\'=HYPERLINK(""x"")",0.25,\r\n',
    );
    expect(toCsv(['a'], [[-3]])).toBe('\uFEFFa\r\n-3\r\n');
  });
});
