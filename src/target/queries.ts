import { relation, type RootQuery } from '../graph/index.js';

/** Targets matching TargetWhere (each parameter may be null), in document order. */
const TARGET_FILTERS = `
  ($year IS NULL OR n.year = $year)
  AND ($metric IS NULL OR n.metric = $metric)
  AND ($sector IS NULL OR s.id = $sector OR EXISTS { (s:Cluster)-[:IN_SECTOR]->(:Sector {id: $sector}) })
  AND ($category IS NULL OR (s:Category AND s.key = $category) OR (s:Sector AND s.category = $category))
  AND ($plans IS NULL OR n.planId IN $plans)`;

export const TARGETS: RootQuery = {
  match: `MATCH (n:Target)-[:FOR]->(s:Entity) WHERE ${TARGET_FILTERS}`,
  order: 'n.position',
};

/** The same for one subject, starting from it by its id (an index seek rather than a scan of all targets). */
export const TARGETS_OF_SUBJECT: RootQuery = {
  match: `MATCH (s:Entity {id: $subject})<-[:FOR]-(n:Target) WHERE ${TARGET_FILTERS}`,
  order: 'n.position',
};

export const TARGET_SUBJECT = relation('(n)-[:FOR]->(m:Entity)');
/** The plan that sets a target (every target names its plan: the seed's, the curated plan). */
export const TARGET_PLAN = relation('(m:Plan) WHERE m.id = n.planId', 'm.date');
/** Actuals, latest first: by the date they are for, then when they were recorded. */
export const TARGET_ACTUALS = relation('(n)-[:HAS_ACTUAL]->(m:Actual)', 'm.asOf DESC, m.recordedAt DESC');

export const RECORD_ACTUAL = `
MATCH (t:Target {id: $target})
CREATE (a:Entity:Actual {id: $id, kind: 'Actual', targetId: $target, value: $value, asOf: date($asOf),
                         note: $note, recordedAt: datetime(), recordedBy: $recordedBy})
CREATE (t)-[:HAS_ACTUAL]->(a)
RETURN t {.*} AS target, a {.*} AS actual`;
