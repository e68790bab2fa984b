import { describe, expect, it } from 'vitest';
import { FingerprintSet } from './fingerprints.js';

describe('the fingerprint set an import check counts enterprises with, and a backup its node keys', () => {
  it('tells a string seen before from a new one, across growth', () => {
    const set = new FingerprintSet();
    for (let i = 0; i < 200_000; i++) expect(set.add(`n:企业${i}有限公司`)).toBe(true);
    for (let i = 0; i < 200_000; i += 997) expect(set.add(`n:企业${i}有限公司`)).toBe(false);
    expect(set.size).toBe(200_000);
  });

  it('says whether a string is in it without adding it', () => {
    const set = new FingerprintSet();
    for (let i = 0; i < 20_000; i += 2) set.add(`4:db:${i}`);
    for (let i = 0; i < 20_000; i++) expect(set.has(`4:db:${i}`)).toBe(i % 2 === 0);
    expect(set.size).toBe(10_000);
  });

  it('gives different strings different fingerprints, in 53 bits, never 0', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) {
      const fp = FingerprintSet.fingerprint(`e:${i}`);
      expect(fp).toBeGreaterThan(0);
      expect(fp).toBeLessThan(2 ** 53);
      seen.add(fp);
    }
    expect(seen.size).toBe(100_000);
    expect(FingerprintSet.fingerprint('郑州')).toBe(FingerprintSet.fingerprint('郑州'));
  });
});
