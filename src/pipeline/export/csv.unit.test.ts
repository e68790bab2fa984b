import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.js';

describe('the export CSV', () => {
  it('starts with the BOM, ends every record with CRLF, quotes as RFC 4180 does', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['two\nlines', 3],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"two\nlines",3\r\n');
  });

  it('escapes text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(['=1+1', '+86 138', '-2', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual([
      "'=1+1",
      "'+86 138",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
    ]);
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect([null, undefined, '', '郑州'].map(csvCell)).toEqual(['', '', '', '郑州']);
  });
});
