import { pagedRelation, relation, type RootQuery } from '../graph/index.js';

/** Chains, of a sector, of some plans (`$plans`, null for all): through their sector, or stated by the plan. */
export const CHAINS: RootQuery = {
  match: `MATCH (n:Chain)-[:IN_SECTOR]->(s:Sector) WHERE ($sector IS NULL OR s.id = $sector)
    AND ($plans IS NULL OR EXISTS { MATCH (p:Plan) WHERE p.id IN $plans AND (EXISTS { (s)-[:IN_CATEGORY|IN_PLAN*1..2]->(p) } OR EXISTS { (p)-[:STATES]->(n) }) })`,
  order: 'n.position',
};

export const CHAIN_SECTOR = relation('(n)-[:IN_SECTOR]->(m:Sector)');
/** Links upstream first, then in the order the plan lists them. */
export const CHAIN_LINKS = relation(
  '(m:ChainLink)-[:IN_CHAIN]->(n)',
  "CASE m.stage WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 ELSE 2 END, m.position",
);
export const LINK_CHAIN = relation('(n)-[:IN_CHAIN]->(m:Chain)');
export const LINK_FEEDS = relation('(n)-[:FEEDS]->(m:ChainLink)');
export const LINK_FED_BY = relation('(m:ChainLink)-[:FEEDS]->(n)');
export const LINK_ENTERPRISES = relation('(m:Enterprise)-[:OPERATES_IN]->(n)', 'm.name');
export const LINK_STANCES = relation('(m:Stance)-[:CONCERNS]->(n)');
/** Operators of a link by name, a page at a time; with `$place`, only those located in it or below it. */
export const LINK_ENTERPRISES_PAGE = pagedRelation(
  '(m:Enterprise)-[:OPERATES_IN]->(n)',
  '$place IS NULL OR EXISTS { (m)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(:Place {id: $place}) }',
);
