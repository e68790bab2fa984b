import { describe, expect, it } from 'vitest';
import { fitScale } from './fit-scale';

describe('fitting the chain map to its card', () => {
  const phone = { width: 622, height: 510 };

  it('grows a small map to the width of a projector card, as far as the height allows', () => {
    expect(fitScale(phone, { width: 1145, height: 880 })).toBe(1.6);
    expect(fitScale(phone, { width: 830, height: 568 })).toBe(1.114);
  });

  it('shrinks a wide map to an office screen, but not below what can be read', () => {
    expect(fitScale({ width: 844, height: 400 }, { width: 830, height: 568 })).toBe(0.983);
    expect(fitScale({ width: 2000, height: 400 }, { width: 830, height: 568 })).toBe(0.75);
  });

  it('leaves a map alone before it has room to measure', () => {
    expect(fitScale(phone, { width: 0, height: 0 })).toBe(1);
  });
});
