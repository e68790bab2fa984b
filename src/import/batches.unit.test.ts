import { describe, expect, it } from 'vitest';
import { ahead } from './batches.js';

describe('reading one batch ahead', () => {
  it('yields every item in order, having asked for the next before the current one is used', async () => {
    const asked: number[] = [];
    async function* source() {
      for (let i = 1; i <= 3; i++) {
        asked.push(i);
        yield i;
      }
    }
    const seen: [number, number[]][] = [];
    for await (const item of ahead(source())) {
      await new Promise((r) => setTimeout(r, 5));
      seen.push([item, [...asked]]);
    }
    expect(seen).toEqual([
      [1, [1, 2]],
      [2, [1, 2, 3]],
      [3, [1, 2, 3]],
    ]);
  });

  it('passes on a failure of the source where it is reached', async () => {
    async function* failing() {
      yield 1;
      throw new Error('line 9: bad');
    }
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const i of ahead(failing())) got.push(i);
      })(),
    ).rejects.toThrow('line 9: bad');
    expect(got).toEqual([1]);
  });
});
