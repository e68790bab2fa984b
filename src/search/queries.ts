/** The full-text index that `search` reads: names, aliases, English names and pinyin. */
export const SEARCH_INDEX = `
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Sector|Chain|ChainLink|Enterprise|Place|Cluster|Project)
ON EACH [n.name, n.searchAliases, n.nameEn, n.pinyin, n.pinyinInitials]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`;

/** Hits of a Lucene query, best first, of the given kinds. */
export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: toInteger($limit)}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node {.*} AS node, score
ORDER BY score DESC, node.position
LIMIT toInteger($limit)`;
