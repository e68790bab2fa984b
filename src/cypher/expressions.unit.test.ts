import { describe, expect, it } from 'vitest';
import { checkExpressions } from './expressions.js';

const refused = (query: string, params: Record<string, unknown> = {}) => {
  try {
    checkExpressions(query, params);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
};

describe("an analyst's expressions that would build huge values", () => {
  it('refuses a range of 80 million values, saying how many it would make', () => {
    expect(refused('RETURN size([x IN range(1, 80000000) | toString(x)])')).toMatch(
      /at most 1,000,000 values .* this one produces 80,000,000/,
    );
  });

  it('reads bounds written as arithmetic, powers, toInteger(), hexadecimal, underscores and parameters', () => {
    expect(refused('RETURN range(0, 1000 * 1000 * 100)')).toBeDefined();
    expect(refused('RETURN range(1, toInteger(10 ^ 8))')).toBeDefined();
    expect(refused('RETURN range(1, 0x7fffffff)')).toBeDefined();
    expect(refused('RETURN range(1, 100_000_000)')).toBeDefined();
    expect(refused('RETURN range(1, $n)', { n: 5e7 })).toBeDefined();
  });

  it('multiplies nested ranges: two of 10,000 are 100 million values', () => {
    expect(refused('RETURN [x IN range(1, 10000) | [y IN range(1, 10000) | x * y]]')).toMatch(/together/);
  });

  it('refuses a reduce whose accumulator doubles itself', () => {
    expect(refused("RETURN reduce(s = 'x', i IN range(1, 40) | s + s)")).toMatch(/doubles itself/);
  });

  it('lets ordinary queries through: small ranges, bounds from the graph, reduce that adds, range in a string or a comment', () => {
    expect(refused('UNWIND range(1, 1000) AS x RETURN sum(x)')).toBeUndefined();
    expect(refused('MATCH (s:Sector) RETURN range(0, size(s.name))')).toBeUndefined();
    expect(refused('MATCH (s:Sector) RETURN reduce(total = 0, x IN [1, 2, 3] | total + x)')).toBeUndefined();
    expect(refused("RETURN 'range(1, 99999999999)' AS text // range(1, 99999999999)")).toBeUndefined();
    expect(
      refused("RETURN reduce(s = '', x IN ['a', 'b'] | s + CASE WHEN s = '' THEN '' ELSE ',' END + x)"),
    ).toBeUndefined();
  });
});
