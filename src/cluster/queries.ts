import { relation } from '../graph/related.js';

/** Clusters matching ClusterWhere (each parameter may be null), largest tier first. */
export const CLUSTERS = `
MATCH (c:Cluster)
WHERE ($tier IS NULL OR c.tier = $tier)
  AND ($minTierYi IS NULL OR c.tierYi >= $minTierYi)
  AND ($sector IS NULL OR EXISTS { (c)-[:IN_SECTOR]->(:Sector {id: $sector}) })
  AND ($place IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(:Place {id: $place}) })
RETURN c {.*} AS cluster ORDER BY coalesce(c.tierYi, 0) DESC, c.position`;

export const CLUSTER_SECTOR = relation('(n)-[:IN_SECTOR]->(m:Sector)');
export const CLUSTER_PLACE = relation('(n)-[:LOCATED_IN]->(m:Place)');
