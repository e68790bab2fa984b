import { describe, expect, it } from 'vitest';
import { FingerprintSet } from './fingerprints.js';

describe('the fingerprint set an import check counts enterprises with, and a backup its node keys', () => {
  it('tells a string seen before from a new one, across growth', () => {
    const set = new FingerprintSet();
    // One expectation for many values (200,000 calls of expect take seconds): the first that differs, or -1.
    expect(Array.from({ length: 200_000 }, (_, i) => set.add(`n:企业${i}有限公司`)).indexOf(false)).toBe(-1);
    expect(Array.from({ length: 201 }, (_, i) => set.add(`n:企业${i * 997}有限公司`)).indexOf(true)).toBe(-1);
    expect(set.size).toBe(200_000);
  });

  it('says whether a string is in it without adding it', () => {
    const set = new FingerprintSet();
    for (let i = 0; i < 20_000; i += 2) set.add(`4:db:${i}`);
    expect(Array.from({ length: 20_000 }, (_, i) => set.has(`4:db:${i}`) === (i % 2 === 0)).indexOf(false)).toBe(-1);
    expect(set.size).toBe(10_000);
  });

  it('gives different strings different fingerprints, in 53 bits, never 0', () => {
    const fingerprints = Array.from({ length: 100_000 }, (_, i) => FingerprintSet.fingerprint(`e:${i}`));
    expect(fingerprints.filter((fp) => !(fp > 0 && fp < 2 ** 53))).toEqual([]);
    expect(new Set(fingerprints).size).toBe(100_000);
    expect(FingerprintSet.fingerprint('郑州')).toBe(FingerprintSet.fingerprint('郑州'));
  });
});
