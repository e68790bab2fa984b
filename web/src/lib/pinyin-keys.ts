import type { pinyin as Pinyin } from 'pinyin-pro';

/** What an option can be reached by typing: its full pinyin and its initials, lowercase (郑州: zhengzhou, zz). */
export function pinyinKeys(name: string, pinyin: typeof Pinyin): string[] {
  const spell = (pattern: 'pinyin' | 'first') =>
    pinyin(name, { pattern, toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  return [...new Set([spell('first'), spell('pinyin')].filter(Boolean))];
}

/**
 * Type-ahead over a list as officers type it: the first option whose pinyin or initials
 * begin with what was typed (zz: 郑州, luoy: 洛阳, qclbj: 汽车零部件产业链), or null.
 */
export function typeAhead(options: { value: string; keys: string[] }[], typed: string): string | null {
  const t = typed.toLowerCase();
  if (!t) return null;
  return options.find((o) => o.keys.some((k) => k.startsWith(t)))?.value ?? null;
}
