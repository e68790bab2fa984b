/** Lucene's special characters, escaped so user text is only ever searched for, never parsed as syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query for a user's text: the words as a phrase in names (strongest) and
 * aliases, the words anywhere, and, for Latin text, pinyin and English prefixes.
 */
export function luceneQuery(text: string): string {
  // Lowercase: the index is lowercased anyway, and AND/OR/NOT stop being operators.
  const words = escapeLucene(text.trim().replace(/\s+/g, ' ').toLowerCase());
  const clauses = [
    `name:"${words}"^8`,
    `searchAliases:"${words}"^6`,
    `name:(${words})^2`,
    `searchAliases:(${words})^2`,
    `nameEn:(${words})^2`,
  ];
  const latin = text.toLowerCase().replace(/\s+/g, '');
  if (/^[a-z]+$/.test(latin))
    clauses.push(
      `pinyin:${latin}^4`,
      `pinyin:${latin}*^2`,
      `pinyinInitials:${latin}^3`,
      `pinyinInitials:${latin}*`,
      `nameEn:${latin}*`,
    );
  return clauses.join(' OR ');
}
