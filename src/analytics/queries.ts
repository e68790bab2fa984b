/**
 * Every link of a chain seen from each of `$places` (one row per place, in order): the enterprises located in the place (or
 * below it) that operate in the link, the enterprises the plan targets for it, and the
 * provenance of the link and of every stance on it.
 *
 * Joining enterprises to a place and to a chain's links is the expensive part at scale,
 * so it walks from the smaller side: the place's enterprises when the place holds fewer
 * (a county, or a province against a popular chain), else the links' operators. Both
 * sizes are relationship degrees, read without touching the enterprises (PROFILE:
 * 河南 × smartphone at 1M enterprises, 280k db hits -> 60k).
 */
export const CHAIN_GAPS = `
MATCH (c:Chain {id: $chain})
MATCH (l:ChainLink)-[:IN_CHAIN]->(c)
WITH c, collect(l) AS chainLinks, sum(COUNT { (l)<-[:OPERATES_IN]-() }) AS fromChain
UNWIND range(0, size($places) - 1) AS i
MATCH (place:Place {id: $places[i]})
CALL (place) {
  MATCH (a:Place)-[:PART_OF*0..]->(place)
  RETURN collect(a) AS areas, sum(COUNT { (a)<-[:LOCATED_IN]-() }) AS fromPlace
}
CALL (chainLinks, areas, fromPlace, fromChain) {
  CALL (chainLinks, areas, fromPlace, fromChain) {
    WITH areas WHERE fromPlace <= fromChain
    UNWIND areas AS a
    MATCH (a)<-[:LOCATED_IN]-(e:Enterprise)-[:OPERATES_IN]->(l)
    WHERE l IN chainLinks AND e.organisationKind IS NULL
    RETURN l, e
    UNION
    WITH chainLinks WHERE fromPlace > fromChain
    UNWIND chainLinks AS l
    MATCH (l)<-[:OPERATES_IN]-(e:Enterprise)-[:LOCATED_IN]->(a)
    WHERE a IN areas AND e.organisationKind IS NULL
    RETURN l, e
  }
  WITH DISTINCT l, e ORDER BY e.name
  RETURN collect({link: l.id, enterprise: e {.*}}) AS operators
}
UNWIND chainLinks AS l
CALL (l) {
  OPTIONAL MATCH (l)<-[:CONCERNS]-(s:Stance {role: 'TARGET'})-[:ABOUT]->(e:Enterprise WHERE e.organisationKind IS NULL)
  WITH e ORDER BY e.name
  RETURN collect(DISTINCT e {.*}) AS targets
}
CALL (l) {
  OPTIONAL MATCH (l)<-[:CONCERNS]-(s:Stance)
  WITH s ORDER BY s.position
  // Many stances quote the same sentence; the answer lists each source once.
  RETURN collect(DISTINCT s {.sourceSections, .sourceQuotes, .sourceNotes}) AS stanceSources
}
WITH i, c, place, l, [o IN operators WHERE o.link = l.id | o.enterprise] AS local, targets, stanceSources
ORDER BY i, CASE l.stage WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 ELSE 2 END, l.position
WITH i, c, place, collect({link: l {.*}, local: local, targets: targets, stanceSources: stanceSources}) AS links
RETURN c {.*} AS chain, place {.*} AS place, links ORDER BY i`;

/**
 * Enterprises outside a place that would fill links the place lacks: those operating in
 * an uncovered link, and those the plan targets or partners with for one.
 */
export const GAP_FILLERS = `
MATCH (place:Place {id: $place})
MATCH (l:ChainLink)-[:IN_CHAIN]->(c:Chain)
WHERE ($chain IS NULL OR c.id = $chain)
  AND NOT EXISTS { (l)<-[:OPERATES_IN]-(op:Enterprise WHERE op.organisationKind IS NULL)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(place) }
WITH place, collect({link: l, chain: c}) AS gaps
WITH place, gaps, size(gaps) AS gapCount
UNWIND gaps AS gap
WITH place, gapCount, gap.link AS l, gap.chain AS c
CALL (l) {
  MATCH (l)<-[:OPERATES_IN]-(e:Enterprise WHERE e.organisationKind IS NULL)
  RETURN e, 'OPERATES' AS why, null AS stance
  UNION
  MATCH (l)<-[:CONCERNS]-(s:Stance)-[:ABOUT]->(e:Enterprise)
  WHERE s.role IN ['TARGET', 'PARTNER'] AND e.organisationKind IS NULL
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

/** Links a place lacks, with what depends on each: downstream links, industrial clusters (kind CLUSTER) of the sector, same-named links elsewhere. */
export const CRITICAL_LINKS = `
MATCH (place:Place {id: $place})
MATCH (l:ChainLink)-[:IN_CHAIN]->(c:Chain)-[:IN_SECTOR]->(s:Sector)
WHERE ($sector IS NULL OR s.id = $sector)
  AND NOT EXISTS { (l)<-[:OPERATES_IN]-(op:Enterprise WHERE op.organisationKind IS NULL)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(place) }
CALL (l) {
  OPTIONAL MATCH (l)-[:FEEDS*1..]->(d:ChainLink)
  WITH DISTINCT d ORDER BY d.position
  RETURN collect(d {.*}) AS blocked
}
CALL (s, place) {
  OPTIONAL MATCH (cl:Cluster)-[:IN_SECTOR]->(s)
  WHERE coalesce(cl.carrierKind, 'CLUSTER') = 'CLUSTER' AND EXISTS { (cl)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(place) }
  WITH DISTINCT cl ORDER BY cl.position
  RETURN collect(cl {.*}) AS clusters
}
CALL (l, place) {
  OPTIONAL MATCH (o:ChainLink {name: l.name})-[:IN_CHAIN]->(oc:Chain)
  WHERE o <> l AND NOT EXISTS { (o)<-[:OPERATES_IN]-(op:Enterprise WHERE op.organisationKind IS NULL)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(place) }
  WITH DISTINCT oc ORDER BY oc.position
  RETURN collect(oc {.*}) AS sameLinkMissingIn
}
RETURN place.name AS placeName, s.name AS sectorName, l {.*} AS link, c {.*} AS chain,
       EXISTS { (l)<-[:CONCERNS]-(:Stance {role: 'TARGET'}) } AS targeted,
       blocked, clusters, sameLinkMissingIn`;

/** For each chain the enterprise would add to: every link, whether it is covered in the place, whether the enterprise brings it. */
export const WHAT_IF = `
MATCH (e:Enterprise {id: $enterprise})
MATCH (place:Place {id: $place})
CALL (e) {
  MATCH (e)-[:OPERATES_IN]->(l:ChainLink) RETURN l
  UNION
  MATCH (e)<-[:ABOUT]-(s:Stance)-[:CONCERNS]->(l:ChainLink) WHERE s.role IN ['TARGET', 'PARTNER', 'BRAND'] RETURN l
}
WITH e, place, collect(DISTINCT l) AS brought
UNWIND brought AS b
MATCH (b)-[:IN_CHAIN]->(c:Chain)
WITH DISTINCT e, place, brought, c
MATCH (link:ChainLink)-[:IN_CHAIN]->(c)
WITH e, place, c, link, link IN brought AS brings,
     EXISTS { (link)<-[:OPERATES_IN]-(op:Enterprise WHERE op.organisationKind IS NULL)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(place) } AS covered
ORDER BY link.position
RETURN e {.*} AS enterprise, place {.*} AS place, c {.*} AS chain, collect({link: link {.*}, brings: brings, covered: covered}) AS links`;

/** Named clusters by tier with the cluster-count targets that name the tier. */
export const CLUSTER_PROGRESS = `
MATCH (c:Cluster)
WHERE c.tier IS NOT NULL AND ($sector IS NULL OR EXISTS { (c)-[:IN_SECTOR]->(:Sector {id: $sector}) })
WITH c ORDER BY c.position
WITH c.tier AS tier, c.tierYi AS tierYi, collect(c {.*}) AS clusters
CALL (tier) {
  OPTIONAL MATCH (t:Target {metric: 'CLUSTERS'})-[:FOR]->(s)
  WHERE (t.label CONTAINS tier OR t.text CONTAINS tier) AND ($sector IS NULL OR s.id = $sector)
  WITH t ORDER BY t.position
  RETURN collect(t {.*}) AS targets
}
RETURN tier, tierYi, clusters, targets ORDER BY tierYi DESC`;

/**
 * The figures consistency checks compare: the province's (the plan's, `$province`: other
 * provinces' targets are other plans'), each category's and each sector's revenue (main
 * target, key <sector>-revenue), key-project and cluster-count targets.
 */
export const PLAN_FIGURES = `
MATCH (t:Target)-[:FOR]->(s)
WHERE t.metric IN ['REVENUE', 'KEY_PROJECTS', 'CLUSTERS'] AND (s:Sector OR s:Category OR (s:Place AND s.id = $province))
OPTIONAL MATCH (s)-[:IN_CATEGORY]->(cat:Category)
RETURN t {.*} AS target, s {.id, .key, .name, .kind} AS subject, cat.key AS category
ORDER BY t.position`;
