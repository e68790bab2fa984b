import { describe, expect, it } from 'vitest';
import { fileSize, importable, importErrorWords, IMPORT_STATUS_WORDS } from './imports';

describe('imports in words', () => {
  it('names every status and sizes files as people read them', () => {
    expect(Object.keys(IMPORT_STATUS_WORDS).sort()).toEqual([
      'DONE',
      'FAILED',
      'ROLLED_BACK',
      'RUNNING',
      'UNDOING',
      'UNDONE',
    ]);
    expect(fileSize(900)).toBe('900 B');
    expect(fileSize(12_600)).toBe('12.3 KB');
    expect(fileSize(4_718_592)).toBe('4.5 MB');
  });

  it('takes CSV and XLSX files', () => {
    expect(importable('名单.CSV')).toBe(true);
    expect(importable('名单.xlsx')).toBe(true);
    expect(importable('名单.xls')).toBe(false);
  });

  it('says why an import stopped in Chinese, with the reference to report', () => {
    expect(
      importErrorWords('writing failed (reference 3f2a91c0 in the service log); everything it had written was removed'),
    ).toBe('导入中途出错，已写入的内容已全部清除，图谱保持导入前的样子。如需报告，请把编号 3f2a91c0 告诉管理员。');
    expect(importErrorWords('the database went away')).not.toMatch(/[A-Za-z]/);
    expect(importErrorWords(null)).toBe('');
  });
});
