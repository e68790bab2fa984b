import { pagedRelation, relation, type RootQuery } from '../graph/index.js';

/**
 * Places by level, parent, ancestor or code. Without a parent, an ancestor or a code, only
 * the places the seed files and plans declare: the national lists' other places
 * (`gazetteer`) would make the old default answer thirty times longer.
 */
export const PLACES: RootQuery = {
  match: `
MATCH (n:Place)
WHERE ($level IS NULL OR n.level = $level)
  AND ($code IS NULL OR n.code = $code)
  AND ($parent IS NULL OR EXISTS { (n)-[:PART_OF]->(:Place {id: $parent}) })
  AND ($within IS NULL OR EXISTS { (n)-[:PART_OF*1..4]->(:Place {id: $within}) })
  AND ($parent IS NOT NULL OR $within IS NOT NULL OR $code IS NOT NULL OR n.gazetteer IS NULL)`,
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
