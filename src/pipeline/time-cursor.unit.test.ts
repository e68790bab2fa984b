import { describe, expect, it } from 'vitest';
import { afterTimeCursor, timeCursor } from './time-cursor.js';

describe('cursors of newest-first lists', () => {
  it('give back the time and id they were made of', () => {
    expect(afterTimeCursor(timeCursor(1_796_000_000_000, 'TGVhZDp4'))).toEqual({
      afterAt: 1_796_000_000_000,
      afterId: 'TGVhZDp4',
    });
    expect(afterTimeCursor(null)).toEqual({ afterAt: null, afterId: null });
  });
  it('refuse anything else, naming the argument', () => {
    expect(() => afterTimeCursor('bm90LWEtY3Vyc29y')).toThrow(
      'after: "bm90LWEtY3Vyc29y" is not a cursor from this API.',
    );
  });
});
