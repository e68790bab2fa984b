import { relation } from '../graph/related.js';

export const PLACES = `
MATCH (p:Place)
WHERE ($level IS NULL OR p.level = $level)
  AND ($parent IS NULL OR EXISTS { (p)-[:PART_OF]->(:Place {id: $parent}) })
RETURN p {.*} AS place ORDER BY p.position`;

export const PLACE_PARENT = relation('(n)-[:PART_OF]->(m:Place)');
export const PLACE_CHILDREN = relation('(m:Place)-[:PART_OF]->(n)');
