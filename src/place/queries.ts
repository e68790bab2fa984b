import { pagedRelation, relation, type RootQuery } from '../graph/index.js';

export const PLACES: RootQuery = {
  match: `
MATCH (n:Place)
WHERE ($level IS NULL OR n.level = $level)
  AND ($parent IS NULL OR EXISTS { (n)-[:PART_OF]->(:Place {id: $parent}) })`,
  order: 'n.position',
};

export const PLACE_BY_ID: RootQuery = { match: 'MATCH (n:Place {id: $id})' };

export const PLACE_PARENT = relation('(n)-[:PART_OF]->(m:Place)');
export const PLACE_CHILDREN = relation('(m:Place)-[:PART_OF]->(n)');
export const PLACE_CHILDREN_PAGE = pagedRelation('(m:Place)-[:PART_OF]->(n)');

/** The places directly under `$parent`, of `$levels` when given, in their order. */
export const CHILD_PLACES = `
MATCH (m:Place)-[:PART_OF]->(:Place {id: $parent})
WHERE $levels IS NULL OR m.level IN $levels
RETURN m.id AS id ORDER BY m.position, m.name`;
