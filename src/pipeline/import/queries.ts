/**
 * The Cypher of importing a lead ledger. The leads stay on the island (../labels.ts): the
 * import's record is never joined to them; each lead names its import by `originImport`
 * (indexed), and undo and rollback find them by it.
 */

/** The chain of each link the rows name. */
export const CHAINS_OF_LINKS = `
UNWIND $links AS id
MATCH (:ChainLink {id: id})-[:IN_CHAIN]->(c:Chain)
RETURN id AS link, c.id AS chain`;

/** Names of places, for the problems that name them. */
export const PLACE_NAMES = `
UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN p.id AS id, p.name AS name`;

/** The owners the rows name who may own a lead of the row's place: active officers at the place or above it. */
export const OWNER_CANDIDATES = `
UNWIND $pairs AS pair
MATCH (u:User {username: pair.username}) WHERE u.active AND 'officer' IN u.roles
MATCH (:Place {id: pair.place})-[:PART_OF*0..]->(:Place {id: u.place})
RETURN DISTINCT pair.username AS username, pair.place AS place, u.name AS name`;

/** The rows that would open a second lead for an enterprise, place and link (as OPEN_LEAD: one not lost). */
export const OPEN_LEADS_OF_ROWS = `
UNWIND $rows AS row
CALL (row) {
  MATCH (l:Lead {enterpriseId: row.enterprise, placeId: row.place})
  WHERE coalesce(l.linkId, '') = coalesce(row.link, '') AND l.stage <> 'LOST'
  RETURN l.stage AS stage LIMIT 1
}
RETURN row.line AS line, stage`;

/**
 * The enterprises a ledger's rows name that the graph did not have: created with the
 * import's provenance entry and STATES record, as an enterprise list's new enterprises are
 * (so that undo removes them). One made meanwhile by someone else is used, not claimed.
 */
export const CREATE_LEDGER_ENTERPRISES = `
MATCH (imp:Import {id: $import})
UNWIND $rows AS row
MERGE (e:Entity {id: row.props.id})
ON CREATE SET e:Enterprise, e += row.props, e.createdByImport = $import, e.importSources = [row.source],
  e.creditCode = row.code, e.creditCodeImports = [$import]
WITH imp, e WHERE e.createdByImport = $import
MERGE (imp)-[:STATES]->(e)`;

/** The ledger's leads, each with its CREATED event. */
export const CREATE_LEDGER_LEADS = `
UNWIND $rows AS row
CREATE (l:Lead)
SET l = row.lead
CREATE (l)-[:HAS_EVENT]->(ev:LeadEvent)
SET ev = row.event`;

/** Marks a ledger's import done, in the transaction that wrote its leads: written and DONE are one. */
export const LEDGER_DONE = `
MATCH (i:Import {id: $import})
SET i += $props, i.status = 'DONE', i.finishedAt = datetime().epochMillis, i.heartbeatAt = datetime().epochMillis`;

/**
 * What stands in the way of undoing a ledger's import: its leads that changed since
 * (moved, figures, handed over: a version past 1; or an interaction recorded), and leads
 * of others on the enterprises it created.
 */
export const LEDGER_UNDO_BLOCKERS = `
CALL () {
  MATCH (l:Lead {originImport: $import})
  WHERE l.version > 1 OR EXISTS { (l)-[:HAS_INTERACTION]->() }
  OPTIONAL MATCH (e:Enterprise {id: l.enterpriseId})
  RETURN collect({line: l.originLine, enterprise: coalesce(e.name, l.enterpriseId)}) AS changed
}
CALL () {
  MATCH (:Import {id: $import})-[:STATES]->(e:Enterprise)
  MATCH (other:Lead {enterpriseId: e.id}) WHERE coalesce(other.originImport, '') <> $import
  RETURN collect(DISTINCT e.name) AS others
}
RETURN changed, others`;

/** Removes a ledger import's leads, their events (and interactions), and marks the import as being undone. */
export const REMOVE_LEDGER_LEADS = `
MATCH (i:Import {id: $import})
SET i += $props
WITH i
OPTIONAL MATCH (l:Lead {originImport: $import})
OPTIONAL MATCH (l)-[:HAS_EVENT|HAS_INTERACTION]->(x)
DETACH DELETE x
WITH DISTINCT l WHERE l IS NOT NULL
DETACH DELETE l
RETURN count(l) AS removed`;
