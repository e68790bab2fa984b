import { describe, expect, it } from 'vitest';
import { rankWithTies, scoreWords } from './ranking';

describe('ranking candidates', () => {
  it('shows a score as a score with two decimals, not as a percentage', () => {
    expect(scoreWords(0.273)).toBe('0.27');
    expect(scoreWords(0.0727)).toBe('0.07');
    expect(scoreWords(1)).toBe('1.00');
  });

  it('gives equal scores the same rank, the next one after all of them', () => {
    expect(rankWithTies([0.273, 0.273, 0.273, 0.073, 0.073])).toEqual([
      { rank: 1, tied: true },
      { rank: 1, tied: true },
      { rank: 1, tied: true },
      { rank: 4, tied: true },
      { rank: 4, tied: true },
    ]);
    expect(rankWithTies([0.5, 0.4, 0.3])).toEqual([
      { rank: 1, tied: false },
      { rank: 2, tied: false },
      { rank: 3, tied: false },
    ]);
    // Compared as shown: 0.271 and 0.274 both read 0.27.
    expect(rankWithTies([0.274, 0.271]).map((r) => r.rank)).toEqual([1, 1]);
    expect(rankWithTies([])).toEqual([]);
  });
});
