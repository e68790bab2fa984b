import { describe, expect, it } from 'vitest';
import { alignedTable } from './cli.js';

describe('alignedTable', () => {
  it('aligns columns, counting a Chinese character as two columns wide, with no index column or quotes', () => {
    expect(
      alignedTable(
        ['id', 'file', 'rows'],
        [
          ['a1', '名单.csv', '3'],
          ['b22', 'x.xlsx', '120'],
        ],
      ),
    ).toEqual(['id   file      rows', 'a1   名单.csv  3', 'b22  x.xlsx    120']);
  });
});
