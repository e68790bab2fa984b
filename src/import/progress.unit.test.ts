import { describe, expect, it, vi } from 'vitest';
import { terminalProgress } from './progress.js';

describe('import progress on stderr', () => {
  it('says nothing for a small file, then rows, rate and time left every interval', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const progress = terminalProgress((l) => lines.push(l), 2_000);
    progress({ phase: 'write', done: 4_000, total: 40_000 });
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(1_000);
    progress({ phase: 'write', done: 10_000, total: 40_000 });
    expect(lines).toEqual(['written 10,000/40,000 rows (10,000 rows/s, about 3 s left)']);
    vi.advanceTimersByTime(500);
    progress({ phase: 'write', done: 15_000, total: 40_000 });
    expect(lines).toHaveLength(1);
    vi.advanceTimersByTime(2_500);
    progress({ phase: 'check', done: 60_000 });
    expect(lines[1]).toMatch(/^checked 60,000 rows \(\d[\d,]* rows\/s\)$/);
    vi.useRealTimers();
  });
});
