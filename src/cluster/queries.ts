import { relation, type RootQuery } from '../graph/index.js';

/** Carriers matching ClusterWhere (each parameter may be null), largest tier first. */
export const CLUSTERS: RootQuery = {
  match: `
MATCH (n:Cluster)
WHERE ($tier IS NULL OR n.tier = $tier)
  AND ($minTierYi IS NULL OR n.tierYi >= $minTierYi)
  AND ($kinds IS NULL OR coalesce(n.carrierKind, 'CLUSTER') IN $kinds)
  AND ($level IS NULL OR n.level = $level)
  AND ($sector IS NULL OR EXISTS { (n)-[:IN_SECTOR]->(:Sector {id: $sector}) })
  AND ($place IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(:Place {id: $place}) })`,
  order: 'coalesce(n.tierYi, 0) DESC, n.position',
};

export const CLUSTER_SECTOR = relation('(n)-[:IN_SECTOR]->(m:Sector)');
/** A carrier's places in the text's order (the `rank` the seed gives each). */
export const CLUSTER_PLACES = relation('(n)-[r:LOCATED_IN]->(m:Place)', 'r.rank, m.position');
export const CLUSTER_ENTERPRISES = relation('(n)-[:ANCHORED_BY]->(m:Enterprise)', 'm.name');
export const CLUSTER_LINKS = relation('(n)-[:FOR_LINK]->(m:ChainLink)');
export const CLUSTER_PROJECTS = relation('(m:Project)-[:IN_CLUSTER]->(n)', 'm.name');
