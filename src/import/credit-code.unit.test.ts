import { describe, expect, it } from 'vitest';
import { checkCharacter, creditCodeProblem } from './credit-code.js';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts real codes, their check characters computed as the standard says', () => {
    for (const code of [
      '914403001922038216',
      '9144030071526726XG',
      '91330100716105852F',
      '91110000802100433B',
      '91350100M000100Y43',
    ]) {
      expect(creditCodeProblem(code), code).toBeNull();
      expect(checkCharacter(code.slice(0, 17))).toBe(code[17]);
    }
    expect(creditCodeProblem('9144030071526726xg')).toBeNull();
  });

  it('refuses a wrong check character, length, letter or division code, saying which', () => {
    expect(creditCodeProblem('914403001922038217')).toEqual({
      EN: '"914403001922038217" fails its check character: the 18th character should be 6',
      ZH: '“914403001922038217”校验码不符：第 18 位应为 6',
    });
    expect(creditCodeProblem('91440300192203821')).toMatchObject({
      EN: expect.stringMatching(/has 17 characters/),
      ZH: expect.stringMatching(/有 17 位/),
    });
    expect(creditCodeProblem('9144030019220382I6')).toMatchObject({ EN: expect.stringMatching(/contains "I"/) });
    expect(creditCodeProblem('91AB0300192203821X')).toMatchObject({
      EN: expect.stringMatching(/administrative division/),
    });
  });

  it('explains a code Excel turned into a rounded number', () => {
    expect(creditCodeProblem('9.14403001922038E+17')).toMatchObject({
      EN: expect.stringMatching(/Excel rounded/),
      ZH: expect.stringMatching(/设为“文本”格式/),
    });
  });
});
