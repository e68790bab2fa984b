import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { pinyinKeys, typeAhead } from './pinyin-keys';

describe('type-ahead by pinyin', () => {
  const places = ['安阳', '洛阳', '郑州', '周口', '驻马店', '登封'].map((name) => ({
    value: name,
    keys: pinyinKeys(name, pinyin),
  }));

  it('spells a name in initials and in full pinyin', () => {
    expect(pinyinKeys('郑州', pinyin)).toEqual(['zz', 'zhengzhou']);
    expect(pinyinKeys('LED外延片', pinyin)).toEqual(['ledwyp', 'ledwaiyanpian']);
  });

  it('reaches 郑州 with zz, 洛阳 with luoy, 周口 with zk, and nothing with what no name begins with', () => {
    expect(typeAhead(places, 'zz')).toBe('郑州');
    expect(typeAhead(places, 'ZZ')).toBe('郑州');
    expect(typeAhead(places, 'luoy')).toBe('洛阳');
    expect(typeAhead(places, 'zk')).toBe('周口');
    expect(typeAhead(places, 'zhu')).toBe('驻马店');
    expect(typeAhead(places, 'x')).toBeNull();
    expect(typeAhead(places, '')).toBeNull();
  });
});
