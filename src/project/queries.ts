import { relation } from '../graph/index.js';

const FILTER = `
  ($nameContains IS NULL OR p.name CONTAINS $nameContains)
  AND ($sector IS NULL OR EXISTS { (p)-[:IN_SECTOR]->(:Sector {id: $sector}) })
  AND ($place IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(:Place {id: $place}) })
  AND ($enterprise IS NULL OR EXISTS { (p)-[:BY]->(:Enterprise {id: $enterprise}) })
  AND ($hasEnterprise IS NULL OR EXISTS { (p)-[:BY]->(:Enterprise) } = $hasEnterprise)`;

/** One page of projects by name (keyset after $afterName/$afterId) and the total. */
export const PROJECTS_PAGE = `
CALL () {
  MATCH (p:Project) WHERE ${FILTER}
  RETURN count(p) AS total
}
CALL () {
  MATCH (p:Project) WHERE ${FILTER}
    AND ($afterName IS NULL OR p.name > $afterName OR (p.name = $afterName AND p.id > $afterId))
  WITH p ORDER BY p.name, p.id LIMIT toInteger($limit) + 1
  RETURN collect(p {.*}) AS items
}
RETURN total, items`;

export const PROJECT_ENTERPRISE = relation('(n)-[:BY]->(m:Enterprise)');
export const PROJECT_PLACE = relation('(n)-[:LOCATED_IN]->(m:Place)');
export const PROJECT_SECTOR = relation('(n)-[:IN_SECTOR]->(m:Sector)');
export const PROJECT_LINK = relation('(n)-[:FOR_LINK]->(m:ChainLink)');
export const PROJECT_CLUSTER = relation('(n)-[:IN_CLUSTER]->(m:Cluster)');
