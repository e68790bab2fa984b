/** The Cypher of reviewing a draft plan: every decision changes the candidate and records itself, in one statement. */

/** A plan as a review needs it (its text, for a reviewer's own candidates). */
export const PLAN_FOR_REVIEW = `
MATCH (p:Plan {id: $id})
RETURN p {.*, status: coalesce(p.status, 'PUBLISHED'),
          sections: COLLECT { MATCH (s:Section {planId: p.id}) RETURN s {.code, .title, .start, .end} }} AS plan`;

/** A candidate with what it merges into. */
export const CANDIDATE_FOR_REVIEW = `
MATCH (c:Candidate {id: $id})
OPTIONAL MATCH (c)-[:SAME_AS]->(m:Entity)
RETURN c {.*, mergedIntoId: m.id} AS candidate`;

/** One decision: the candidate's new fields and status (and, for a merge, what it is), and its record. */
export const DECIDE = `
MATCH (p:Plan)-[:HAS_CANDIDATE]->(c:Candidate {id: $id})
OPTIONAL MATCH (into:Entity {id: $mergeInto})
WITH p, c, into WHERE $mergeInto IS NULL OR into IS NOT NULL
SET c += $changes, c.status = $status, c.decidedAt = toString(datetime())
WITH p, c, into
CALL (c, into) {
  WITH c, into WHERE into IS NOT NULL
  OPTIONAL MATCH (c)-[old:SAME_AS]->()
  DELETE old
  CREATE (c)-[:SAME_AS]->(into)
}
CREATE (d:Entity:ReviewDecision)
SET d = $decision, d.at = toString(datetime())
CREATE (p)-[:HAS_DECISION]->(d)
CREATE (d)-[:ON]->(c)
RETURN c {.*} AS candidate`;

/** A reviewer's own candidate, accepted, after the plan's others. */
export const ADD_CANDIDATE = `
MATCH (p:Plan {id: $plan})
OPTIONAL MATCH (p)-[:HAS_CANDIDATE]->(other:Candidate)
WITH p, coalesce(max(other.position), -1) + 1 AS position
CREATE (c:Entity:Candidate)
SET c = $candidate, c.kind = 'Candidate', c.position = position, c.decidedAt = toString(datetime())
CREATE (p)-[:HAS_CANDIDATE]->(c)
CREATE (d:Entity:ReviewDecision)
SET d = $decision, d.at = toString(datetime())
CREATE (p)-[:HAS_DECISION]->(d)
CREATE (d)-[:ON]->(c)
RETURN c {.*} AS candidate`;

/** Accepts the pending candidates of a kind at or above a confidence, and records how many. */
export const ACCEPT_ABOVE = `
MATCH (p:Plan {id: $plan})
OPTIONAL MATCH (p)-[:HAS_CANDIDATE]->(c:Candidate {factKind: $kind, status: 'PENDING'}) WHERE c.confidence >= $min
SET c.status = 'ACCEPTED', c.decidedAt = toString(datetime())
WITH p, count(c) AS accepted
CREATE (d:Entity:ReviewDecision)
SET d = $decision, d.at = toString(datetime()), d.changes = '{"kind":"' + $kind + '","minConfidence":' + toString($min) + ',"accepted":' + toString(accepted) + '}'
CREATE (p)-[:HAS_DECISION]->(d)
RETURN accepted`;

/** New metadata for a draft, its region, and the decision. */
export const UPDATE_METADATA = `
MATCH (p:Plan {id: $plan})
SET p += $props
WITH p
CALL (p) {
  WITH p WHERE $regionId IS NOT NULL
  OPTIONAL MATCH (p)-[old:GOVERNS]->()
  DELETE old
  WITH DISTINCT p
  MATCH (r:Place {id: $regionId})
  CREATE (p)-[:GOVERNS]->(r)
}
CREATE (d:Entity:ReviewDecision)
SET d = $decision, d.at = toString(datetime())
CREATE (p)-[:HAS_DECISION]->(d)
RETURN p {.*} AS plan`;
