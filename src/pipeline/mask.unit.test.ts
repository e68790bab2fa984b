import { describe, expect, it } from 'vitest';
import { maskName, maskPhone } from './mask.js';

describe('contact masking outside the owning team', () => {
  it('keeps the surname and hides the given name', () => {
    expect(maskName('张伟')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('李')).toBe('*');
  });
  it("keeps a phone's first three and last four digits", () => {
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
    expect(maskPhone('0371 6512 3456')).toBe('037****3456');
    expect(maskPhone('12345')).toBe('*****');
  });
});
