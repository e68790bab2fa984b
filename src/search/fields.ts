import { pinyin } from 'pinyin-pro';

/** Properties the full-text index reads besides `name` and `nameEn`. */
export type SearchFields = { searchAliases: string; pinyin: string; pinyinInitials: string };

/**
 * Search text for a name and its aliases: the aliases in one string, and each name in
 * full pinyin (富士康 -> fushikang) and initials (fsk), space-separated, lowercase.
 */
export function searchFields(name: string, aliases: string[] = []): SearchFields {
  const names = [...new Set([name, ...aliases])];
  const spell = (n: string, pattern: 'pinyin' | 'first') =>
    pinyin(n, { pattern, toneType: 'none', type: 'array', nonZh: 'removed', v: true }).join('').toLowerCase();
  const words = (pattern: 'pinyin' | 'first') =>
    [...new Set(names.map((n) => spell(n, pattern)).filter(Boolean))].join(' ');
  return { searchAliases: aliases.join(' '), pinyin: words('pinyin'), pinyinInitials: words('first') };
}
