import { relation } from '../graph/related.js';

/** The EnterpriseWhere filter; every parameter may be null (no filter). */
const FILTER = `
  ($nameContains IS NULL OR e.name CONTAINS $nameContains OR any(a IN coalesce(e.aliases, []) WHERE a CONTAINS $nameContains))
  AND ($place IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(:Place {id: $place}) })
  AND ($inHenan IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(p:Place) WHERE p.inHenan } = $inHenan)
  AND ($role IS NULL OR EXISTS { (e)<-[:ABOUT]-(:Stance {role: $role}) })
  AND ($link IS NULL
       OR EXISTS { (e)-[:OPERATES_IN]->(:ChainLink {id: $link}) }
       OR EXISTS { (e)<-[:ABOUT]-(:Stance)-[:CONCERNS]->(:ChainLink {id: $link}) })
  AND ($chain IS NULL
       OR EXISTS { (e)-[:OPERATES_IN]->(:ChainLink)-[:IN_CHAIN]->(:Chain {id: $chain}) }
       OR EXISTS { (e)<-[:ABOUT]-(:Stance)-[:CONCERNS]->(:ChainLink)-[:IN_CHAIN]->(:Chain {id: $chain}) })
  AND ($sector IS NULL
       OR EXISTS { (e)-[:OPERATES_IN]->(:Sector {id: $sector}) }
       OR EXISTS { (e)-[:OPERATES_IN]->(:ChainLink)-[:IN_CHAIN]->(:Chain)-[:IN_SECTOR]->(:Sector {id: $sector}) }
       OR EXISTS { (e)<-[:ABOUT]-(:Stance)-[:IN_SECTOR]->(:Sector {id: $sector}) })`;

/** One page of enterprises by name (keyset after $afterName/$afterId) and the total. */
export const ENTERPRISES_PAGE = `
CALL () {
  MATCH (e:Enterprise) WHERE ${FILTER}
  RETURN count(e) AS total
}
CALL () {
  MATCH (e:Enterprise) WHERE ${FILTER}
    AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
  WITH e ORDER BY e.name, e.id LIMIT toInteger($limit) + 1
  RETURN collect(e {.*}) AS items
}
RETURN total, items`;

export const ENTERPRISE_PLACES = relation('(n)-[:LOCATED_IN]->(m:Place)');
export const ENTERPRISE_LINKS = relation('(n)-[:OPERATES_IN]->(m:ChainLink)');
export const ENTERPRISE_STANCES = relation('(m:Stance)-[:ABOUT]->(n)');
export const ENTERPRISE_PROJECTS = relation('(m:Project)-[:BY]->(n)');
export const STANCE_ENTERPRISE = relation('(n)-[:ABOUT]->(m:Enterprise)');
export const STANCE_LINK = relation('(n)-[:CONCERNS]->(m:ChainLink)');
export const STANCE_SECTOR = relation('(n)-[:IN_SECTOR]->(m:Sector)');
