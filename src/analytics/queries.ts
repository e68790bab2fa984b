/**
 * Every link of a chain seen from a place: the enterprises located in the place (or
 * below it) that operate in the link, the enterprises the plan targets for it, and the
 * provenance of the link and of every stance on it.
 */
export const CHAIN_GAPS = `
MATCH (c:Chain {id: $chain})
MATCH (place:Place {id: $place})
MATCH (l:ChainLink)-[:IN_CHAIN]->(c)
CALL (l, place) {
  OPTIONAL MATCH (l)<-[:OPERATES_IN]-(e:Enterprise)
  WHERE EXISTS { (e)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(place) }
  WITH e ORDER BY e.name
  RETURN collect(DISTINCT e {.*}) AS local
}
CALL (l) {
  OPTIONAL MATCH (l)<-[:CONCERNS]-(s:Stance {role: 'TARGET'})-[:ABOUT]->(e:Enterprise)
  WITH e ORDER BY e.name
  RETURN collect(DISTINCT e {.*}) AS targets
}
CALL (l) {
  OPTIONAL MATCH (l)<-[:CONCERNS]-(s:Stance)
  WITH s ORDER BY s.position
  RETURN collect(s {.sourceSections, .sourceQuotes, .sourceNotes}) AS stanceSources
}
WITH c, place, l, local, targets, stanceSources
ORDER BY CASE l.stage WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 ELSE 2 END, l.position
RETURN c {.*} AS chain, place {.*} AS place,
       collect({link: l {.*}, local: local, targets: targets, stanceSources: stanceSources}) AS links`;

/**
 * Enterprises outside a place that would fill links the place lacks: those operating in
 * an uncovered link, and those the plan targets or partners with for one.
 */
export const GAP_FILLERS = `
MATCH (place:Place {id: $place})
MATCH (l:ChainLink)-[:IN_CHAIN]->(c:Chain)
WHERE ($chain IS NULL OR c.id = $chain)
  AND NOT EXISTS { (l)<-[:OPERATES_IN]-(:Enterprise)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(place) }
WITH place, collect({link: l, chain: c}) AS gaps
WITH place, gaps, size(gaps) AS gapCount
UNWIND gaps AS gap
WITH place, gapCount, gap.link AS l, gap.chain AS c
CALL (l) {
  MATCH (l)<-[:OPERATES_IN]-(e:Enterprise)
  RETURN e, 'OPERATES' AS why, null AS stance
  UNION
  MATCH (l)<-[:CONCERNS]-(s:Stance)-[:ABOUT]->(e:Enterprise)
  WHERE s.role IN ['TARGET', 'PARTNER']
  RETURN e, s.role AS why, s AS stance
}
WITH place, gapCount, l, c, e, why, stance
WHERE NOT EXISTS { (e)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(place) }
WITH place, gapCount, e,
     collect({link: l {.id, .key, .name, .stage, .nameEn, .kind, .position, .sourceSections, .sourceQuotes, .sourceNotes},
              chain: c.name, why: why, verb: stance.verb,
              quote: stance.sourceQuotes[0], section: stance.sourceSections[0]}) AS reasons
CALL (e) {
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(home:Place)
  OPTIONAL MATCH (home)-[:PART_OF]->(up:Place)
  RETURN collect(DISTINCT CASE WHEN up IS NULL THEN home.name ELSE home.name + '（' + up.name + '）' END) AS homes
}
RETURN place.name AS placeName, gapCount, e {.*} AS enterprise, reasons, homes`;
