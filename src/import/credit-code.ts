import type { InWords } from '../language.js';
/** The characters of a 统一社会信用代码 (GB 32100-2015): digits and capitals without I, O, Z, S, V. */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights of positions 1 to 17: 3^(i-1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character (position 18) of the first 17 characters of a code. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARS.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARS[(31 - (sum % 31)) % 31]!;
}

/**
 * Why a 统一社会信用代码 is wrong, or null when it is right: 18 characters of the code's
 * alphabet, the administrative division digits, and the GB 32100-2015 check character.
 * Letters are compared in capitals (codes are often typed in lower case).
 */
export function creditCodeProblem(code: string): InWords | null {
  if (/^\d(\.\d+)?E\+\d+$/i.test(code)) {
    return {
      EN: `"${code}" is a number Excel rounded; format the column as text and type the code again`,
      ZH: `“${code}”是被 Excel 四舍五入的数字：请把该列设为“文本”格式后重新填写代码`,
    };
  }
  const c = code.toUpperCase();
  if (c.length !== 18)
    return {
      EN: `"${code}" has ${c.length} characters; a 统一社会信用代码 has 18`,
      ZH: `“${code}”有 ${c.length} 位，统一社会信用代码应为 18 位`,
    };
  const bad = [...c].find((ch) => !CHARS.includes(ch));
  if (bad) {
    return {
      EN: `"${code}" contains "${bad}", which no 统一社会信用代码 uses (letters I, O, Z, S and V are not used)`,
      ZH: `“${code}”含有统一社会信用代码不使用的字符“${bad}”（不使用字母 I、O、Z、S、V）`,
    };
  }
  if (!/^\d{6}$/.test(c.slice(2, 8)))
    return {
      EN: `"${code}": characters 3 to 8 must be the digits of an administrative division`,
      ZH: `“${code}”的第 3 至 8 位应为行政区划代码（数字）`,
    };
  const expected = checkCharacter(c.slice(0, 17));
  if (c[17] !== expected)
    return {
      EN: `"${code}" fails its check character: the 18th character should be ${expected}`,
      ZH: `“${code}”校验码不符：第 18 位应为 ${expected}`,
    };
  return null;
}

/** A code as stored: trimmed, capitals. */
export const normalCreditCode = (code: string) => code.trim().toUpperCase();
