import { relation, type RootQuery } from '../graph/index.js';

/**
 * The Cypher of plan documents. A plan is `(:Entity:Plan)`; the curated seed plan stores no
 * `status` (it is PUBLISHED). An ingested plan has its sections `(:Section)-[:PART_OF]->`,
 * its candidates `(plan)-[:HAS_CANDIDATE]->(:Candidate)`, its decisions
 * `(plan)-[:HAS_DECISION]->(:ReviewDecision)`, and once published `(plan)-[:STATES]->(fact)`
 * for every fact it states, each with the plan's entry in `planSources`.
 */

/** A plan's status, the curated plan's being PUBLISHED. */
export const STATUS = "coalesce(p.status, 'PUBLISHED')";

/** The first plan the graph was built from (`plan` without an id). */
export const FIRST_PLAN = `MATCH (p:Plan) WHERE p.curated = true OR p.status IS NULL RETURN p {.*} AS plan ORDER BY p.date LIMIT 1`;

/** One plan by id, as a root field; a draft only when `$drafts` (the asker edits plans). */
export const PLAN_BY_ID: RootQuery = {
  match: "MATCH (n:Plan {id: $id}) WHERE $drafts OR coalesce(n.status, 'PUBLISHED') <> 'DRAFT'",
};

/**
 * Plans matching the filters, newest first, one keyset page (by date, then id) with the total.
 * `governs`: plans whose region is the place or a place it lies in.
 */
export const PLANS = `
MATCH (p:Plan)
WHERE ${STATUS} IN $statuses
  AND ($region IS NULL OR EXISTS { (p)-[:GOVERNS]->(:Place {id: $region}) })
  AND ($governs IS NULL OR EXISTS { MATCH (p)-[:GOVERNS]->(r:Place), (g:Place {id: $governs}) WHERE g = r OR (g)-[:PART_OF*1..4]->(r) })
  AND ($year IS NULL OR (toInteger(left(p.date, 4)) <= $year AND (p.periodEnd IS NULL OR (p.periodStart <= $year AND p.periodEnd >= $year))))
WITH p ORDER BY p.date DESC, p.id
WITH collect(p) AS found
RETURN size(found) AS total,
       [p IN found WHERE $afterName IS NULL OR p.date < $afterName OR (p.date = $afterName AND p.id > $afterId) | p {.*}][0..toInteger($limit) + 1] AS page`;

/** A plan's region. */
export const PLAN_REGION = relation('(n)-[:GOVERNS]->(m:Place)');
/** Top-level sections first, in document order. */
export const PLAN_SECTIONS = relation('(m:Section)-[:PART_OF*]->(n)', 'coalesce(m.start, 0), m.code');
/** The chains a plan states: through its sectors (curated), or stated outright (published). */
export const PLAN_CHAINS = relation(
  '(n)<-[:IN_CATEGORY|IN_PLAN*1..2]-(:Sector)<-[:IN_SECTOR]-(m:Chain)',
  'm.position, m.name',
);
export const PLAN_STATED_CHAINS = relation('(n)-[:STATES]->(m:Chain)', 'm.name');
/** The sectors of a plan: through its categories (curated), or its own. */
export const PLAN_SECTORS = relation('(n)<-[:IN_CATEGORY|IN_PLAN*1..2]-(m:Sector)', 'm.position, m.name');
/** The plan a section belongs to. */
export const SECTION_PLAN = relation('(n)-[:PART_OF*1..6]->(m:Plan)');

/** Facts per kind a published plan states, and candidates per kind and status of a draft. */
export const PLAN_COUNTS = `
MATCH (p:Plan {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_CANDIDATE]->(c:Candidate)
  RETURN c.factKind AS kind, count(c) AS total, sum(CASE WHEN c.status = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted
}
RETURN kind, total, accepted`;

/** A curated plan's facts per kind (what its sectors hold). */
export const CURATED_COUNTS = `
MATCH (p:Plan {id: $id})
CALL (p) { MATCH (p)<-[:IN_CATEGORY|IN_PLAN*1..2]-(:Sector)<-[:IN_SECTOR]-(c:Chain) RETURN count(DISTINCT c) AS chains }
CALL (p) { MATCH (p)<-[:IN_CATEGORY|IN_PLAN*1..2]-(:Sector)<-[:IN_SECTOR]-(:Chain)<-[:IN_CHAIN]-(l:ChainLink) RETURN count(DISTINCT l) AS links }
// The places the plan quotes: not those only the national list or a curator's note gives.
CALL () { MATCH (pl:Place) WHERE any(q IN coalesce(pl.sourceQuotes, []) WHERE q <> '') RETURN count(pl) AS places }
CALL () { MATCH (c:Cluster) WHERE c.seedRun IS NOT NULL RETURN count(c) AS carriers }
CALL () { MATCH (t:Target) WHERE t.seedRun IS NOT NULL RETURN count(t) AS targets }
CALL () { MATCH (e:Enterprise) WHERE e.seedRun IS NOT NULL RETURN count(e) AS enterprises }
CALL () { MATCH (x:Project) WHERE x.seedRun IS NOT NULL RETURN count(x) AS projects }
RETURN chains, links, places, carriers, targets, enterprises, projects`;

/** A plan's candidates, filtered, highest confidence first, one page: from the first, or after the candidate `$after` (none after an unknown one). */
export const CANDIDATES = `
MATCH (p:Plan {id: $id})-[:HAS_CANDIDATE]->(c:Candidate)
WHERE ($kind IS NULL OR c.factKind = $kind) AND ($status IS NULL OR c.status = $status)
WITH c ORDER BY c.confidence DESC, c.position
WITH collect(c) AS found
WITH found, CASE WHEN $after IS NULL THEN 0 ELSE coalesce([i IN range(0, size(found) - 1) WHERE found[i].id = $after][0] + 1, size(found)) END AS from
RETURN size(found) AS total, [c IN found[from..from + toInteger($limit) + 1] | c {.*}] AS page`;

/** Candidates left to review, per kind and status. */
export const REVIEW_PROGRESS = `
MATCH (:Plan {id: $id})-[:HAS_CANDIDATE]->(c:Candidate)
RETURN c.factKind AS kind,
       sum(CASE WHEN c.status = 'PENDING' THEN 1 ELSE 0 END) AS pending,
       sum(CASE WHEN c.status = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted,
       sum(CASE WHEN c.status = 'REJECTED' THEN 1 ELSE 0 END) AS rejected
ORDER BY kind`;

/** A plan's decisions, newest first. */
export const DECISIONS = `
MATCH (:Plan {id: $id})-[:HAS_DECISION]->(d:ReviewDecision)
RETURN d {.*} AS decision ORDER BY d.at DESC, d.id DESC LIMIT toInteger($limit)`;

/** The plan of a candidate, and what it merges into. */
export const CANDIDATE_PLAN = relation('(n)<-[:HAS_CANDIDATE]-(m:Plan)');
export const CANDIDATE_MERGED_INTO = relation('(n)-[:SAME_AS]->(m:Entity)');
export const DECISION_CANDIDATE = relation('(n)-[:ON]->(m:Candidate)');

/** The published plans that govern a place: its own and those of the places it lies in. */
export const PLACE_PLANS = relation(
  "(m:Plan)-[:GOVERNS]->(governed:Place) WHERE coalesce(m.status, 'PUBLISHED') = 'PUBLISHED' AND (governed = n OR EXISTS { (n)-[:PART_OF*1..4]->(governed) })",
  'm.date DESC',
);

/** Places by name, full name or alias: the region of a plan, best level first. */
export const PLACE_BY_NAME = `
MATCH (pl:Place)
WHERE pl.name = $name OR pl.fullName = $name OR $name IN coalesce(pl.aliases, [])
RETURN pl.id AS id, pl.name AS name
ORDER BY CASE pl.level WHEN 'PROVINCE' THEN 0 WHEN 'CITY' THEN 1 WHEN 'COUNTY' THEN 2 WHEN 'DISTRICT' THEN 2 ELSE 3 END
LIMIT 1`;

/** An ingested plan's key already in the graph (the same text ingested before). */
export const PLAN_BY_KEY =
  "MATCH (p:Plan {key: $key}) RETURN p.id AS id, coalesce(p.status, 'PUBLISHED') AS status, p.title AS title";

/**
 * Stores a DRAFT: the plan, the region it governs, its sections (under their parent, the
 * top ones under the plan), its candidates, and what the rules matched them to. One
 * transaction: the draft is there whole, or not at all.
 */
export const CREATE_DRAFT = `
CREATE (p:Entity:Plan)
SET p = $plan, p.kind = 'Plan', p.status = 'DRAFT', p.curated = false, p.ingestedAt = toString(datetime())
WITH p
CALL (p) {
  MATCH (r:Place {id: $regionId})
  CREATE (p)-[:GOVERNS]->(r)
}
CALL (p) {
  UNWIND $sections AS s
  CREATE (x:Entity:Section)
  SET x = s.props, x.kind = 'Section'
  WITH x, s
  OPTIONAL MATCH (up:Section {id: s.parentId})
  WITH x, coalesce(up, p) AS parent
  CREATE (x)-[:PART_OF]->(parent)
}
CALL (p) {
  UNWIND $candidates AS c
  CREATE (x:Entity:Candidate)
  SET x = c.props, x.kind = 'Candidate', x.status = 'PENDING'
  CREATE (p)-[:HAS_CANDIDATE]->(x)
  WITH x, c
  MATCH (m:Entity {id: c.matchedId})
  CREATE (x)-[:SAME_AS]->(m)
}
RETURN p.id AS id`;

/** The ids of the published plans that govern a place. */
export const GOVERNING_PLAN_IDS = `
MATCH (g:Place {id: $place})
MATCH (p:Plan)-[:GOVERNS]->(r:Place)
WHERE coalesce(p.status, 'PUBLISHED') = 'PUBLISHED' AND (r = g OR EXISTS { (g)-[:PART_OF*1..4]->(r) })
RETURN DISTINCT p.id AS id`;

/** The plans that state a chain: through its sector (curated) or outright (published); with `$plans`, only those. */
export const CHAIN_PLANS = relation(
  "(m:Plan) WHERE coalesce(m.status, 'PUBLISHED') = 'PUBLISHED' AND (EXISTS { (n)-[:IN_SECTOR]->(:Sector)-[:IN_CATEGORY|IN_PLAN*1..2]->(m) } OR EXISTS { (m)-[:STATES]->(n) })",
  'm.date DESC',
);

/** What the graph knows, for recognising names in a plan: its chains, links, enterprises, places and carriers. */
export const VOCABULARY = `
CALL () {
  MATCH (c:Chain) OPTIONAL MATCH (c)-[:IN_SECTOR]->(s:Sector)
  RETURN collect({id: c.id, name: c.name, aliases: coalesce(c.aliases, []), chain: s.name}) AS chains
}
CALL () {
  MATCH (l:ChainLink) OPTIONAL MATCH (l)-[:IN_CHAIN]->(c:Chain)
  RETURN collect({id: l.id, name: l.name, aliases: coalesce(l.aliases, []), chain: c.name, stage: l.stage}) AS links
}
CALL () {
  MATCH (e:Enterprise)
  RETURN collect({id: e.id, name: e.name, aliases: coalesce(e.aliases, []) + coalesce(e.importedAliases, []), organisationKind: e.organisationKind}) AS enterprises
}
CALL () {
  MATCH (p:Place) OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
  RETURN collect({id: p.id, name: p.name, aliases: coalesce(p.aliases, []) + CASE WHEN p.fullName IS NULL THEN [] ELSE [p.fullName] END,
                  level: p.level, parent: up.name, code: p.code, listed: coalesce(p.gazetteer, false)}) AS places
}
CALL () { MATCH (c:Cluster) RETURN collect({id: c.id, name: c.name, aliases: []}) AS carriers }
RETURN chains, links, enterprises, places, carriers`;
