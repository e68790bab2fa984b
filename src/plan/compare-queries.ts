/**
 * What a plan states, with its quote for each: chains, links, targets and the places it
 * names with their role. A published plan's facts are those it STATES (their quote is its
 * `planSources` entry); the curated plan's are its sectors' chains and links and the
 * seed's targets (their quote the first of `sourceQuotes`).
 */
export const PLAN_FACTS = `
MATCH (p:Plan {id: $id})
WITH p, p.curated = true OR p.status IS NULL AS curated
CALL (p, curated) {
  WITH p WHERE curated
  MATCH (p)<-[:IN_CATEGORY|IN_PLAN*1..2]-(:Sector)<-[:IN_SECTOR]-(c:Chain)
  RETURN collect(DISTINCT {id: c.id, name: c.name, quote: head([q IN coalesce(c.sourceQuotes, []) WHERE q IS NOT NULL AND q <> ''])}) AS curatedChains
}
CALL (p, curated) {
  WITH p WHERE curated
  MATCH (p)<-[:IN_CATEGORY|IN_PLAN*1..2]-(:Sector)<-[:IN_SECTOR]-(c:Chain)<-[:IN_CHAIN]-(l:ChainLink)
  RETURN collect(DISTINCT {id: l.id, name: l.name, chain: c.name, quote: head([q IN coalesce(l.sourceQuotes, []) WHERE q IS NOT NULL AND q <> ''])}) AS curatedLinks
}
CALL (p, curated) {
  WITH p WHERE curated
  MATCH (t:Target) WHERE t.seedRun IS NOT NULL
  RETURN collect({id: t.id, name: t.label, label: t.label, metric: t.metric, unit: t.unit, quote: head([q IN coalesce(t.sourceQuotes, []) WHERE q IS NOT NULL AND q <> ''])}) AS curatedTargets
}
CALL (p) {
  OPTIONAL MATCH (p)-[:STATES]->(x)
  WITH x, head([e IN coalesce(x.planSources, []) WHERE e STARTS WITH $prefix]) AS entry
  WITH x, CASE WHEN entry IS NULL THEN null ELSE split(entry, '\\t')[4] END AS quote
  OPTIONAL MATCH (x)-[:IN_CHAIN]->(chain:Chain)
  RETURN collect(CASE WHEN x:Chain THEN {id: x.id, name: x.name, quote: quote} END) AS chains,
         collect(CASE WHEN x:ChainLink THEN {id: x.id, name: x.name, chain: chain.name, quote: quote} END) AS links,
         collect(CASE WHEN x:Target THEN {id: x.id, name: x.label, label: x.label, metric: x.metric, unit: x.unit, quote: quote} END) AS targets
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:NAMES_PLACE]->(pl:Place)
  WITH pl, r, head([e IN coalesce(r.planSources, []) WHERE e STARTS WITH $prefix]) AS entry
  RETURN collect(CASE WHEN pl IS NULL THEN null ELSE {id: pl.id, name: pl.name, role: r.role, quote: split(entry, '\\t')[4]} END) AS places
}
RETURN coalesce(curatedChains, []) + chains AS chains, coalesce(curatedLinks, []) + links AS links,
       coalesce(curatedTargets, []) + targets AS targets, places`;
