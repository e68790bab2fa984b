import { describe, expect, it } from 'vitest';
import { fileSize, importable, IMPORT_STATUS_WORDS } from './imports';

describe('imports in words', () => {
  it('names every status and sizes files as people read them', () => {
    expect(Object.keys(IMPORT_STATUS_WORDS).sort()).toEqual(['DONE', 'FAILED', 'ROLLED_BACK', 'RUNNING', 'UNDOING', 'UNDONE']);
    expect(fileSize(900)).toBe('900 B');
    expect(fileSize(12_600)).toBe('12.3 KB');
    expect(fileSize(4_718_592)).toBe('4.5 MB');
  });

  it('takes CSV and XLSX files', () => {
    expect(importable('名单.CSV')).toBe(true);
    expect(importable('名单.xlsx')).toBe(true);
    expect(importable('名单.xls')).toBe(false);
  });
});
