import { relation } from '../graph/index.js';

/**
 * Candidate enterprises for a filter, from its most selective anchor: the link, else
 * the place (and everything below it), else the chain, else the sector, else the role,
 * else all enterprises. Exactly one branch runs; the others are cut by their first WHERE.
 */
const CANDIDATES = `
CALL () {
  WITH 1 AS one WHERE $link IS NOT NULL
  MATCH (:ChainLink {id: $link})<-[:OPERATES_IN|CONCERNS]-(x)
  OPTIONAL MATCH (x)-[:ABOUT]->(viaStance:Enterprise)
  WITH coalesce(viaStance, x) AS e WHERE e:Enterprise
  RETURN DISTINCT e
  UNION
  WITH 1 AS one WHERE $link IS NULL AND $place IS NOT NULL
  MATCH (:Place {id: $place})<-[:PART_OF*0..]-(:Place)<-[:LOCATED_IN]-(e:Enterprise)
  RETURN DISTINCT e
  UNION
  WITH 1 AS one WHERE $link IS NULL AND $place IS NULL AND $chain IS NOT NULL
  MATCH (:Chain {id: $chain})<-[:IN_CHAIN]-(:ChainLink)<-[:OPERATES_IN|CONCERNS]-(x)
  OPTIONAL MATCH (x)-[:ABOUT]->(viaStance:Enterprise)
  WITH coalesce(viaStance, x) AS e WHERE e:Enterprise
  RETURN DISTINCT e
  UNION
  WITH 1 AS one WHERE $link IS NULL AND $place IS NULL AND $chain IS NULL AND $sector IS NOT NULL
  MATCH (s:Sector {id: $sector})
  CALL (s) {
    MATCH (s)<-[:IN_SECTOR]-(:Chain)<-[:IN_CHAIN]-(:ChainLink)<-[:OPERATES_IN]-(e:Enterprise) RETURN e
    UNION
    MATCH (s)<-[:OPERATES_IN]-(e:Enterprise) RETURN e
    UNION
    MATCH (s)<-[:IN_SECTOR]-(:Stance)-[:ABOUT]->(e:Enterprise) RETURN e
  }
  RETURN DISTINCT e
  UNION
  WITH 1 AS one WHERE $link IS NULL AND $place IS NULL AND $chain IS NULL AND $sector IS NULL AND $role IS NOT NULL
  MATCH (:Stance {role: $role})-[:ABOUT]->(e:Enterprise)
  RETURN DISTINCT e
  UNION
  WITH 1 AS one WHERE $link IS NULL AND $place IS NULL AND $chain IS NULL AND $sector IS NULL AND $role IS NULL
  MATCH (e:Enterprise)
  RETURN e
}`;

/** The EnterpriseWhere filters, checked on each candidate; every parameter but $kinds may be null. */
const FILTER = `
  coalesce(e.organisationKind, 'COMPANY') IN $kinds
  AND ($nameContains IS NULL OR e.name CONTAINS $nameContains OR any(a IN coalesce(e.aliases, []) WHERE a CONTAINS $nameContains))
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

/** A filtered page of enterprises by name (keyset after $afterName/$afterId) and the total. */
export const ENTERPRISES_PAGE = `
CALL () {
  ${CANDIDATES}
  WITH e WHERE ${FILTER}
  RETURN count(e) AS total
}
CALL () {
  ${CANDIDATES}
  WITH e WHERE ${FILTER}
    AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
  WITH e ORDER BY e.name, e.id LIMIT toInteger($limit) + 1
  RETURN collect(e {.*}) AS items
}
RETURN total, items`;

/**
 * The unfiltered page of companies: the total from Neo4j's count store less the few
 * institutions (found through their kind's index), and the page read in the order of
 * the name index, so a page costs the same however many enterprises there are.
 */
export const ALL_COMPANIES_PAGE = `
CALL () { MATCH (e:Enterprise) RETURN count(e) AS everyone }
CALL () { MATCH (e:Enterprise) WHERE e.organisationKind IS NOT NULL RETURN count(e) AS institutions }
CALL () {
  MATCH (e:Enterprise) WHERE e.name >= coalesce($afterName, '')
  WITH e ORDER BY e.name
  WHERE e.organisationKind IS NULL AND ($afterName IS NULL OR e.name > $afterName OR e.id > $afterId)
  WITH e ORDER BY e.name, e.id LIMIT toInteger($limit) + 1
  RETURN collect(e {.*}) AS items
}
RETURN everyone - institutions AS total, items`;

export const ENTERPRISE_PLACES = relation('(n)-[:LOCATED_IN]->(m:Place)');
export const ENTERPRISE_LINKS = relation('(n)-[:OPERATES_IN]->(m:ChainLink)');
export const ENTERPRISE_STANCES = relation('(m:Stance)-[:ABOUT]->(n)');
export const ENTERPRISE_PROJECTS = relation('(m:Project)-[:BY]->(n)');
export const ENTERPRISE_CARRIERS = relation('(m:Cluster)-[:ANCHORED_BY]->(n)');
export const STANCE_ENTERPRISE = relation('(n)-[:ABOUT]->(m:Enterprise)');
export const STANCE_LINK = relation('(n)-[:CONCERNS]->(m:ChainLink)');
export const STANCE_SECTOR = relation('(n)-[:IN_SECTOR]->(m:Sector)');
