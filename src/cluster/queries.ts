import type { RootQuery } from '../graph/fetch.js';
import { relation } from '../graph/related.js';

/** Clusters matching ClusterWhere (each parameter may be null), largest tier first. */
export const CLUSTERS: RootQuery = {
  match: `
MATCH (n:Cluster)
WHERE ($tier IS NULL OR n.tier = $tier)
  AND ($minTierYi IS NULL OR n.tierYi >= $minTierYi)
  AND ($sector IS NULL OR EXISTS { (n)-[:IN_SECTOR]->(:Sector {id: $sector}) })
  AND ($place IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(:Place {id: $place}) })`,
  order: 'coalesce(n.tierYi, 0) DESC, n.position',
};

export const CLUSTER_SECTOR = relation('(n)-[:IN_SECTOR]->(m:Sector)');
export const CLUSTER_PLACE = relation('(n)-[:LOCATED_IN]->(m:Place)');
