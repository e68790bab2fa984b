import type { RootQuery } from '../graph/fetch.js';
import { relation } from '../graph/related.js';

export const PLACES: RootQuery = {
  match: `
MATCH (n:Place)
WHERE ($level IS NULL OR n.level = $level)
  AND ($parent IS NULL OR EXISTS { (n)-[:PART_OF]->(:Place {id: $parent}) })`,
  order: 'n.position',
};

export const PLACE_PARENT = relation('(n)-[:PART_OF]->(m:Place)');
export const PLACE_CHILDREN = relation('(m:Place)-[:PART_OF]->(n)');
