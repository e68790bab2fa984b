import { relation } from '../graph/related.js';

/** Sectors in the plan's order, each with its key project count. */
export const SECTORS = `
MATCH (s:Sector)
WHERE $category IS NULL OR s.category = $category
OPTIONAL MATCH (t:Target {metric: 'KEY_PROJECTS'})-[:FOR]->(s)
WITH s, max(t.value) AS keyProjects ORDER BY s.position
RETURN s {.*, keyProjectCount: toInteger(keyProjects)} AS sector`;

export const CATEGORIES = 'MATCH (c:Category) RETURN c {.*} AS category ORDER BY c.position';

export const TARGETS_FOR = relation('(m:Target)-[:FOR]->(n)');
export const CATEGORY_SECTORS = relation('(m:Sector)-[:IN_CATEGORY]->(n)');
/** Clusters of a sector, largest tier first. */
export const SECTOR_CLUSTERS = relation('(m:Cluster)-[:IN_SECTOR]->(n)', 'coalesce(m.tierYi, 0) DESC, m.position');
export const SECTOR_CHAINS = relation('(m:Chain)-[:IN_SECTOR]->(n)');
