/**
 * The floor: each operation's answer computed by Cypher alone, one query per request,
 * shaped like the GraphQL answer. chain-atlas's own queries are reused where it has one
 * query per operation; the rest are written here as one query each.
 */
export { CHAIN_GAPS, GAP_FILLERS } from '../src/analytics/queries.js';
export { ENTERPRISES_PAGE } from '../src/enterprise/queries.js';
export { SEARCH } from '../src/search/queries.js';

const sources = (v: string) =>
  `[i IN range(0, size(${v}.sourceQuotes) - 1) | {quote: ${v}.sourceQuotes[i], section: ${v}.sourceSections[i]}]`;

export const SECTORS_FLOOR = `
MATCH (s:Sector) WHERE $category IS NULL OR s.category = $category
CALL (s) {
  OPTIONAL MATCH (t:Target)-[:FOR]->(s)
  WITH t ORDER BY t.position
  RETURN collect(t {.id, .metric, .value, .unit, .year, .growthPct,
    impliedBaseline: CASE WHEN t.growthPct IS NULL THEN null ELSE t.value / (1 + t.growthPct / 100.0) END,
    sources: ${sources('t')}}) AS targets
}
CALL (s) {
  OPTIONAL MATCH (c:Cluster)-[:IN_SECTOR]->(s) WHERE coalesce(c.carrierKind, 'CLUSTER') = 'CLUSTER'
  OPTIONAL MATCH (c)-[:LOCATED_IN]->(p:Place)
  WITH c, p ORDER BY coalesce(c.tierYi, 0) DESC, c.position
  RETURN collect(c {.id, .name, .tier, place: p {.id, .name}}) AS clusters
}
CALL (s) {
  OPTIONAL MATCH (ch:Chain)-[:IN_SECTOR]->(s)
  CALL (ch) {
    OPTIONAL MATCH (l:ChainLink)-[:IN_CHAIN]->(ch)
    WITH l ORDER BY l.position
    RETURN collect(l {.id, .name, .stage}) AS links
  }
  WITH ch, links ORDER BY ch.position
  RETURN collect(ch {.id, .name, links: links}) AS chains
}
OPTIONAL MATCH (k:Target {metric: 'KEY_PROJECTS'})-[:FOR]->(s)
WITH s, targets, clusters, chains, max(k.value) AS keyProjects ORDER BY s.position
RETURN s {.id, .name, .nameEn, .category, keyProjectCount: toInteger(keyProjects), targets: targets, clusters: clusters, chains: chains} AS sector`;

export const ENTERPRISE_FLOOR = `
MATCH (e:Enterprise {id: $id})
CALL (e) { OPTIONAL MATCH (e)-[:LOCATED_IN]->(p:Place) RETURN collect(p {.id, .name, .level}) AS places }
CALL (e) {
  OPTIONAL MATCH (s:Stance)-[:ABOUT]->(e)
  OPTIONAL MATCH (s)-[:CONCERNS]->(l:ChainLink)
  OPTIONAL MATCH (s)-[:IN_SECTOR]->(sec:Sector)
  RETURN collect(s {.role, link: l {.id, .name}, sector: sec {.id, .name}, sources: ${sources('s')}}) AS stances
}
CALL (e) { OPTIONAL MATCH (pr:Project)-[:BY]->(e) RETURN collect(pr {.id, .name, .capacity}) AS projects }
RETURN e {.id, .name, aliases: coalesce(e.aliases, []), places: places, stances: stances, projects: projects} AS node`;

export const CLUSTERS_FLOOR = `
MATCH (c:Cluster) WHERE $tier IS NULL OR c.tier = $tier
OPTIONAL MATCH (c)-[:IN_SECTOR]->(s:Sector)
CALL (c) { OPTIONAL MATCH (c)-[r:LOCATED_IN]->(p:Place) RETURN p ORDER BY r.rank LIMIT 1 }
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
WITH c, s, p, up ORDER BY coalesce(c.tierYi, 0) DESC, c.position
RETURN c {.id, .name, .tier, .tierYi, sector: s {.id, .name}, place: p {.id, .name, .level, parent: up {.id, .name}}, sources: ${sources('c')}} AS cluster`;

export const TARGETS_FLOOR = `
MATCH (t:Target)-[:FOR]->(s:Entity) WHERE s.id = $subject
OPTIONAL MATCH (t)-[:HAS_ACTUAL]->(a:Actual)
WITH t, s, a ORDER BY a.asOf DESC
WITH t, s, collect(a {.value, asOf: toString(a.asOf), .note}) AS actuals ORDER BY t.position
RETURN t {.id, .metric, .value, .valueMax, .unit, .year, .growthPct,
  impliedBaseline: CASE WHEN t.growthPct IS NULL THEN null ELSE t.value / (1 + t.growthPct / 100.0) END,
  subject: {id: s.id}, actuals: actuals,
  attainment: CASE WHEN size(actuals) = 0 OR t.value IS NULL THEN null ELSE actuals[0].value / t.value END,
  sources: ${sources('t')}} AS target`;
