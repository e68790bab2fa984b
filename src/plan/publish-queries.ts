/** The Cypher of publishing and withdrawing a plan (all-or-nothing: each runs in one transaction). */

/**
 * Takes the plan's write lock: a second publish or withdraw of the same plan waits here until
 * this transaction ends, and then reads the status this one committed.
 */
export const LOCK_PLAN = `MATCH (p:Plan {id: $plan}) SET p.lockedAt = timestamp() REMOVE p.lockedAt`;

/** The plan's status, read once its lock is held. */
export const LOCKED_STATUS = `MATCH (p:Plan {id: $plan}) RETURN coalesce(p.status, 'PUBLISHED') AS status, p.title AS title`;

/** A draft plan with its region, and its candidates with what each merges into. */
export const PUBLISH_LOAD = `
MATCH (p:Plan {id: $id})
OPTIONAL MATCH (p)-[:GOVERNS]->(r:Place)
WITH p, head(collect(r.id)) AS regionId
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_CANDIDATE]->(c:Candidate)
  OPTIONAL MATCH (c)-[:SAME_AS]->(m:Entity)
  OPTIONAL MATCH (m)-[:IN_CHAIN]->(chain:Chain)
  WITH c, m, head(collect(chain)) AS chain
  WITH c, m, chain, CASE WHEN m:Chain THEN m ELSE chain END AS placed
  OPTIONAL MATCH (placed)-[:IN_SECTOR]->(sector:Sector)
  WITH c, m, chain, head(collect(sector)) AS sector ORDER BY c.position
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE c {.*, mergedInto: CASE WHEN m IS NULL THEN null ELSE m {.id, .kind, .name, .key,
    chain: CASE WHEN chain IS NULL THEN null ELSE chain {.id, .name, seeded: chain.seedRun IS NOT NULL} END,
    sector: CASE WHEN sector IS NULL THEN null ELSE sector {.id, .name, seeded: sector.seedRun IS NOT NULL} END} END} END) AS candidates
}
RETURN p {.*, regionId: regionId} AS plan, candidates`;

/** Chains (with their sector) and places of the graph by name: what a plan's names may refer to. */
export const EXISTING_BY_NAME = `
CALL () {
  MATCH (c:Chain) OPTIONAL MATCH (c)-[:IN_SECTOR]->(s:Sector)
  RETURN 'Chain' AS kind, c.name AS name, c.id AS id, c.key AS key, head(collect(s.id)) AS sector, null AS province, false AS inHenan
  UNION ALL
  MATCH (c:Chain) UNWIND coalesce(c.aliases, []) AS alias
  OPTIONAL MATCH (c)-[:IN_SECTOR]->(s:Sector)
  RETURN 'Chain' AS kind, alias AS name, c.id AS id, c.key AS key, head(collect(s.id)) AS sector, null AS province, false AS inHenan
  UNION ALL
  MATCH (pl:Place) WITH pl ORDER BY CASE pl.level WHEN 'PROVINCE' THEN 0 WHEN 'CITY' THEN 1 WHEN 'ZONE' THEN 3 ELSE 2 END
  // The province a place lies in (itself for a province): a plan's names mean places of its own province first.
  OPTIONAL MATCH (pl)-[:PART_OF*0..4]->(top:Place) WHERE NOT (top)-[:PART_OF]->(:Place)
  WITH pl, head(collect(top.id)) AS province
  UNWIND [pl.name] + coalesce(pl.aliases, []) + CASE WHEN pl.fullName IS NULL THEN [] ELSE [pl.fullName] END AS name
  RETURN 'Place' AS kind, name, pl.id AS id, pl.key AS key, null AS sector, province, coalesce(pl.inHenan, false) AS inHenan
}
RETURN kind, name, id, key, sector, province, inHenan`;

/**
 * The facts a plan states: each created when new (with its labels and properties, and
 * who created it), and stated by the plan either way (`STATES`, and the plan's entries in
 * its `planSources`, replacing any it had from this plan).
 */
export const PUBLISH_WRITE_NODES = `
MATCH (p:Plan {id: $plan})
UNWIND $nodes AS n
MERGE (x:Entity {id: n.id})
ON CREATE SET x += n.props, x.kind = n.label, x.createdByPlan = $plan
SET x:$(n.label)
SET x.planSources = [s IN coalesce(x.planSources, []) WHERE NOT s STARTS WITH $prefix] + n.entries
MERGE (p)-[:STATES]->(x)`;

/** The relationships that place the plan's facts, with the plan's entries in their `planSources`. */
export const PUBLISH_WRITE_RELS = `
UNWIND $rels AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
MERGE (a)-[x:$(r.type)]->(b)
SET x += r.props
SET x.planSources = [s IN coalesce(x.planSources, []) WHERE NOT s STARTS WITH $prefix] + r.entries`;

/** The plan is published, and the decision says who and when. */
export const PUBLISH_FINISH = `
MATCH (p:Plan {id: $plan})
SET p.status = 'PUBLISHED', p.publishedAt = toString(datetime()), p.publishedBy = $by
CREATE (d:Entity:ReviewDecision {id: $decision, kind: 'ReviewDecision', planId: p.id, action: 'PUBLISH', by: $by, at: toString(datetime()), changes: $changes})
CREATE (p)-[:HAS_DECISION]->(d)`;

/**
 * Withdraws a plan: its entries leave every fact and relationship it states; a relationship
 * nothing else states (no other plan, import or seed) is deleted, and so is a fact the plan
 * created that nothing else states any more. What another plan, an import or the seed also
 * states stays.
 */
export const WITHDRAW = `
MATCH (p:Plan {id: $plan})
OPTIONAL MATCH (p)-[s:STATES]->(x)
CALL (x) {
  WITH x WHERE x IS NOT NULL
  MATCH (x)-[r]-()
  WHERE any(e IN coalesce(r.planSources, []) WHERE e STARTS WITH $prefix)
  SET r.planSources = [e IN r.planSources WHERE NOT e STARTS WITH $prefix]
  WITH r WHERE size(r.planSources) = 0 AND r.seedRun IS NULL AND size(coalesce(r.importSources, [])) = 0
  DELETE r
}
CALL (p) {
  MATCH (p)-[r:NAMES_PLACE|IN_PLAN]-()
  DELETE r
}
SET x.planSources = [e IN coalesce(x.planSources, []) WHERE NOT e STARTS WITH $prefix]
DELETE s
WITH p, collect(x) AS stated
CALL (stated) {
  UNWIND stated AS x
  // A fact some plan created (this one, or one withdrawn before while this one still stated
  // it) goes once no plan states it, unless the seed or an import also holds it or a
  // relationship of theirs leads to it.
  WITH x WHERE x.createdByPlan IS NOT NULL AND size(x.planSources) = 0 AND x.seedRun IS NULL AND size(coalesce(x.importSources, [])) = 0
    AND NOT EXISTS { (:Plan)-[:STATES]->(x) }
    AND NOT EXISTS { (x)-[r]-() WHERE r.seedRun IS NOT NULL OR size(coalesce(r.importSources, [])) > 0 }
  DETACH DELETE x
  RETURN count(*) AS deleted
}
SET p.status = 'WITHDRAWN', p.withdrawnAt = toString(datetime()), p.withdrawnBy = $by
CREATE (d:Entity:ReviewDecision {id: $decision, kind: 'ReviewDecision', planId: p.id, action: 'WITHDRAW', by: $by, at: toString(datetime()), changes: $changes})
CREATE (p)-[:HAS_DECISION]->(d)
RETURN deleted`;
