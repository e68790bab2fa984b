import { relation, type RootQuery } from '../graph/index.js';

/** The sector's KEY_PROJECTS target(s): its count of key projects. */
export const KEY_PROJECT_TARGETS = relation("(m:Target {metric: 'KEY_PROJECTS'})-[:FOR]->(n)");

/** Sectors in the plan's order. */
export const SECTORS: RootQuery = {
  match: `MATCH (n:Sector) WHERE ($category IS NULL OR n.category = $category)
    AND ($plans IS NULL OR EXISTS { MATCH (n)-[:IN_CATEGORY|IN_PLAN*1..2]->(p:Plan) WHERE p.id IN $plans })`,
  order: 'n.position',
};

export const CATEGORIES: RootQuery = { match: 'MATCH (n:Category)', order: 'n.position' };

export const TARGETS_FOR = relation('(m:Target)-[:FOR]->(n)');
export const CATEGORY_SECTORS = relation('(m:Sector)-[:IN_CATEGORY]->(n)');
/** Industrial clusters proper (kind CLUSTER) of a sector, largest tier first. */
export const SECTOR_CLUSTERS = relation(
  "(m:Cluster WHERE coalesce(m.carrierKind, 'CLUSTER') = 'CLUSTER')-[:IN_SECTOR]->(n)",
  'coalesce(m.tierYi, 0) DESC, m.position',
);
/** Every carrier of a sector, largest tier first. */
export const SECTOR_CARRIERS = relation('(m:Cluster)-[:IN_SECTOR]->(n)', 'coalesce(m.tierYi, 0) DESC, m.position');
export const SECTOR_CHAINS = relation('(m:Chain)-[:IN_SECTOR]->(n)');
