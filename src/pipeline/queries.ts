/**
 * The Cypher of the pipeline. Leads, their events and interactions live on the island
 * (labels.ts): they name the enterprise, place, link and chain they concern by id and
 * are joined only to each other, so no traversal of the public graph reaches them.
 */

/** The place ids of a place and every place under it. */
export const PLACES_UNDER = `
MATCH (home:Place {id: $place})
MATCH (a:Place)-[:PART_OF*0..]->(home)
RETURN home.level AS level, collect(DISTINCT a.id) AS ids`;

/** What a lead's row carries besides its own properties: its owner's display name as the account has it now (else as when they took it). */
const LEAD_ROW = `l {.*, ownerName: coalesce(owner.name, l.ownerName, l.owner)}`;

/** Leads by id, within the places the caller may see. */
export const LEADS_BY_ID = `
UNWIND $ids AS id
MATCH (l:Lead {id: id}) WHERE l.placeId IN $places
OPTIONAL MATCH (owner:User {username: l.owner})
RETURN ${LEAD_ROW} AS lead`;

/** A page of the leads in `$places` that pass the filters, latest activity first, and how many there are. */
export const LEADS_PAGE = `
CALL () {
  MATCH (l:Lead) WHERE l.placeId IN $places
    AND ($stage IS NULL OR l.stage = $stage) AND ($chain IS NULL OR l.chainId = $chain)
    AND ($link IS NULL OR l.linkId = $link) AND ($enterprise IS NULL OR l.enterpriseId = $enterprise)
    AND ($owner IS NULL OR l.owner = $owner)
  RETURN count(l) AS total
}
CALL () {
  MATCH (l:Lead) WHERE l.placeId IN $places
    AND ($stage IS NULL OR l.stage = $stage) AND ($chain IS NULL OR l.chainId = $chain)
    AND ($link IS NULL OR l.linkId = $link) AND ($enterprise IS NULL OR l.enterpriseId = $enterprise)
    AND ($owner IS NULL OR l.owner = $owner)
    AND ($afterAt IS NULL OR l.updatedAt < $afterAt OR (l.updatedAt = $afterAt AND l.id > $afterId))
  WITH l ORDER BY l.updatedAt DESC, l.id LIMIT toInteger($limit)
  OPTIONAL MATCH (owner:User {username: l.owner})
  RETURN collect(${LEAD_ROW}) AS page
}
RETURN total, page`;

/** The lead already open for an enterprise at a place and link, if any (not lost). */
export const OPEN_LEAD = `
MATCH (l:Lead {enterpriseId: $enterprise, placeId: $place})
WHERE coalesce(l.linkId, '') = coalesce($link, '') AND l.stage <> 'LOST'
RETURN l.id AS id, l.stage AS stage LIMIT 1`;

/** What a new lead needs to know of the public graph: the enterprise, the place (and whether it is a place), the link and its chain. */
export const LEAD_SUBJECTS = `
OPTIONAL MATCH (e:Enterprise {id: $enterprise})
OPTIONAL MATCH (p:Place {id: $place})
OPTIONAL MATCH (k:ChainLink {id: $link})-[:IN_CHAIN]->(c:Chain)
RETURN e.id AS enterprise, e.name AS enterpriseName, p.id AS place, p.name AS placeName,
       k.id AS link, k.name AS linkName, c.id AS chain`;

/** An enterprise already in the graph with this credit code. */
export const ENTERPRISE_BY_CREDIT_CODE = `
MATCH (e:Enterprise {creditCode: $code}) RETURN e.id AS id, e.name AS name LIMIT 1`;

/** A new enterprise entered by an officer for a lead: its name and credit code, with a curator's note as provenance. */
export const CREATE_ENTERPRISE = `
MERGE (e:Entity {id: $id})
ON CREATE SET e:Enterprise, e.kind = 'Enterprise', e.key = $name, e.name = $name, e.creditCode = $code,
  e.sourceQuotes = [null], e.sourceSections = [null], e.sourceNotes = [$note]
RETURN e.id AS id, e.name AS name`;

/** Creates a lead with its first event. */
export const CREATE_LEAD = `
CREATE (l:Lead)
SET l = $lead
CREATE (l)-[:HAS_EVENT]->(ev:LeadEvent)
SET ev = $event
RETURN l.id AS id`;

/**
 * Applies a change to a lead if it is still at the version the caller read (checked under
 * the lead's write lock, so two writers from one version cannot both pass): sets
 * `$set`, bumps the version and adds the event. No row when the version moved on.
 */
export const CHANGE_LEAD = `
MATCH (l:Lead {id: $id}) WHERE l.placeId IN $places
// Lock the lead first (a write takes its lock; writing the same value does not), then compare versions:
// a version read before the lock could be stale.
SET l.lockedBy = $lockId
REMOVE l.lockedBy
WITH l WHERE l.version = $version
SET l += $set, l.version = l.version + 1, l.updatedAt = $now
CREATE (l)-[:HAS_EVENT]->(ev:LeadEvent)
SET ev = $event
RETURN l.version AS version`;

/** The lead as it is, for a refused change (CONFLICT) or a check before one. */
export const LEAD_STATE = `
MATCH (l:Lead {id: $id}) WHERE l.placeId IN $places
OPTIONAL MATCH (owner:User {username: l.owner})
OPTIONAL MATCH (l)-[:HAS_EVENT]->(ev:LeadEvent)
WITH l, owner, ev ORDER BY ev.at DESC LIMIT 1
RETURN ${LEAD_ROW} AS lead, ev.byName AS lastBy, ev.at AS lastAt`;

/** An officer who may own a lead of a place: active, an officer, at the place or above it. */
export const OWNER_CANDIDATE = `
MATCH (u:User {username: $username}) WHERE u.active AND 'officer' IN u.roles
MATCH (p:Place {id: $place})-[:PART_OF*0..]->(home:Place {id: u.place})
RETURN u.username AS username, u.name AS name LIMIT 1`;

/** Records an interaction on a lead (marks the lead's activity, not its version) and its event. */
export const RECORD_INTERACTION = `
MATCH (l:Lead {id: $lead}) WHERE l.placeId IN $places
SET l.updatedAt = $now, l.lastInteractionAt = $now,
    // The lead keeps the earliest open due date, so alerts find overdue actions without reading interactions.
    l.nextDue = CASE WHEN $interaction.nextDue IS NULL THEN l.nextDue
                     WHEN l.nextDue IS NULL OR $interaction.nextDue < l.nextDue THEN $interaction.nextDue ELSE l.nextDue END
CREATE (l)-[:HAS_INTERACTION]->(i:Interaction)
SET i = $interaction
CREATE (l)-[:HAS_EVENT]->(ev:LeadEvent)
SET ev = $event
RETURN i {.*} AS interaction`;

/** Marks an interaction's next action done, with an event on its lead. */
export const COMPLETE_ACTION = `
MATCH (l:Lead)-[:HAS_INTERACTION]->(i:Interaction {id: $interaction}) WHERE l.placeId IN $places AND i.nextDue IS NOT NULL
SET i.nextDoneAt = coalesce(i.nextDoneAt, $now), l.updatedAt = $now
CREATE (l)-[:HAS_EVENT]->(ev:LeadEvent)
SET ev = $event, ev.leadId = l.id
WITH l
CALL (l) {
  OPTIONAL MATCH (l)-[:HAS_INTERACTION]->(o:Interaction) WHERE o.nextDue IS NOT NULL AND o.nextDoneAt IS NULL
  RETURN min(o.nextDue) AS due
}
SET l.nextDue = due
RETURN l.id AS lead`;

/** The interactions of leads, latest first, at most `$limit` a lead. */
export const INTERACTIONS_OF_LEADS = `
UNWIND $ids AS id
MATCH (l:Lead {id: id})
CALL (l) {
  OPTIONAL MATCH (l)-[:HAS_INTERACTION]->(i:Interaction)
  WITH i ORDER BY i.date DESC, i.recordedAt DESC LIMIT toInteger($limit)
  RETURN collect(i {.*}) AS items
}
RETURN id, items`;

/** The open next actions of leads, due first. */
export const OPEN_ACTIONS_OF_LEADS = `
UNWIND $ids AS id
MATCH (l:Lead {id: id})
CALL (l) {
  OPTIONAL MATCH (l)-[:HAS_INTERACTION]->(i:Interaction) WHERE i.nextDue IS NOT NULL AND i.nextDoneAt IS NULL
  WITH i ORDER BY i.nextDue, i.recordedAt LIMIT 1
  RETURN collect(i {.*}) AS items
}
RETURN id, items`;

/** The events of leads, oldest first. */
export const EVENTS_OF_LEADS = `
UNWIND $ids AS id
MATCH (l:Lead {id: id})
CALL (l) {
  OPTIONAL MATCH (l)-[:HAS_EVENT]->(ev:LeadEvent)
  WITH ev ORDER BY ev.at, ev.seq LIMIT 500
  RETURN collect(ev {.*}) AS items
}
RETURN id, items`;

/** The leads of links (with `$places`), those the caller may see, furthest stage first. */
export const LEADS_OF_LINKS = `
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (l:Lead {linkId: id}) WHERE l.placeId IN $places AND l.placeId IN $within
  OPTIONAL MATCH (owner:User {username: l.owner})
  WITH l, owner ORDER BY CASE l.stage WHEN 'LOST' THEN 1 ELSE 0 END, l.updatedAt DESC LIMIT 20
  RETURN collect(${LEAD_ROW}) AS items
}
RETURN id, items`;

/** The leads on enterprises that the caller may see. */
export const LEADS_OF_ENTERPRISES = `
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (l:Lead {enterpriseId: id}) WHERE l.placeId IN $places
  OPTIONAL MATCH (owner:User {username: l.owner})
  WITH l, owner ORDER BY l.updatedAt DESC LIMIT 50
  RETURN collect(${LEAD_ROW}) AS items
}
RETURN id, items`;

/** Interactions on leads of enterprises that the caller may see, latest first. */
export const INTERACTIONS_OF_ENTERPRISES = `
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (l:Lead {enterpriseId: id})-[:HAS_INTERACTION]->(i:Interaction) WHERE l.placeId IN $places
  WITH i ORDER BY i.date DESC, i.recordedAt DESC LIMIT 50
  RETURN collect(i {.*}) AS items
}
RETURN id, items`;

/**
 * A lead reaches PRODUCING: its enterprise becomes a local enterprise of the link at the
 * lead's place, each fact with the project as its provenance. Answers whether the link
 * was covered in the place before.
 */
export const LAND_PROJECT = `
MATCH (e:Enterprise {id: $enterprise}), (p:Place {id: $place})
OPTIONAL MATCH (k:ChainLink {id: $link})
WITH e, p, k,
  CASE WHEN k IS NULL THEN null
       WHEN EXISTS { (k)<-[:OPERATES_IN]-(op:Enterprise WHERE op.organisationKind IS NULL)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(p) } THEN 'COVERED'
       WHEN EXISTS { (k)<-[:CONCERNS]-(:Stance {role: 'TARGET'}) } THEN 'TARGETED'
       ELSE 'GAP' END AS before
MERGE (e)-[located:LOCATED_IN]->(p)
ON CREATE SET located.createdByLead = $lead
SET located.pipelineSources = coalesce(located.pipelineSources, []) + [$source]
SET e.pipelineSources = coalesce(e.pipelineSources, []) + [$source]
WITH e, k, before
CALL (e, k) {
  WITH e, k WHERE k IS NOT NULL
  MERGE (e)-[operates:OPERATES_IN]->(k)
  ON CREATE SET operates.createdByLead = $lead
  SET operates.pipelineSources = coalesce(operates.pipelineSources, []) + [$source]
}
RETURN before`;

/**
 * A landed project goes back (moved before 投产, or lost): its provenance entries go, and
 * the relationships it created go with them; what other sources state stays.
 */
export const UNLAND_PROJECT = `
MATCH (e:Enterprise {id: $enterprise})
WITH e, [s IN coalesce(e.pipelineSources, []) WHERE NOT s STARTS WITH $prefix] AS kept
SET e.pipelineSources = CASE WHEN size(kept) = 0 THEN null ELSE kept END
WITH e
OPTIONAL MATCH (e)-[r:LOCATED_IN|OPERATES_IN]->() WHERE any(s IN coalesce(r.pipelineSources, []) WHERE s STARTS WITH $prefix)
WITH r, [s IN coalesce(r.pipelineSources, []) WHERE NOT s STARTS WITH $prefix] AS kept
SET r.pipelineSources = CASE WHEN size(kept) = 0 THEN null ELSE kept END
WITH r WHERE r IS NOT NULL AND r.createdByLead = $lead AND r.pipelineSources IS NULL
DELETE r
RETURN count(*) AS removed`;

/** Records one audit entry (an island node of its own, joined to nothing). */
export const RECORD_AUDIT = `CREATE (a:AuditEntry) SET a = $entry`;

/** A page of the audit, newest first (optionally one person's), and how many entries match. */
export const AUDIT_PAGE = `
CALL () {
  MATCH (a:AuditEntry) WHERE $username IS NULL OR a.username = $username
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:AuditEntry) WHERE ($username IS NULL OR a.username = $username)
    AND ($afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id > $afterId))
  WITH a ORDER BY a.at DESC, a.id LIMIT toInteger($limit)
  RETURN collect(a {.*}) AS page
}
RETURN total, page`;
