/** The loader's Cypher. Labels and types come from each row: Neo4j 5.26's `$(...)` syntax. */

/**
 * What imports and published plans add to a seeded node or relationship, kept when the
 * seed rewrites it: their provenance entries, the aliases and credit code imports gave.
 */
const KEPT_NODE_PROPS =
  'n {.importSources, .planSources, .importedAliases, .creditCode, .creditCodeImports, .searchAliases}';

export const UPSERT_NODES = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, ${KEPT_NODE_PROPS} AS kept
SET n = row.props, n.seedRun = $run
SET n += kept
SET n.searchAliases = CASE WHEN kept.searchAliases IS NULL OR row.props.searchAliases IS NULL THEN row.props.searchAliases
    ELSE reduce(s = row.props.searchAliases, a IN coalesce(kept.importedAliases, []) | CASE WHEN s CONTAINS a THEN s ELSE s + ' ' + a END) END
SET n:$(row.label)`;

export const UPSERT_RELS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
WITH r, row, r.importSources AS kept, r.planSources AS stated
SET r = row.props, r.seedRun = $run, r.importSources = kept, r.planSources = stated`;

/**
 * Each seeded enterprise's aliases as NameKeys, the index imports look names up in
 * (the enterprise's own name has the name index). Stamped with the run, so that an alias
 * removed from the files goes too.
 */
export const UPSERT_NAME_KEYS = `
MATCH (e:Enterprise) WHERE e.seedRun = $run
UNWIND coalesce(e.aliases, []) AS alias
MERGE (k:NameKey {key: alias})
MERGE (k)-[r:NAMES]->(e)
SET r.seedRun = $run`;

/** NameKeys no enterprise answers to any more. */
export const DELETE_UNUSED_NAME_KEYS = `
MATCH (k:NameKey) WHERE NOT (k)-[:NAMES]->()
DELETE k`;

/** Seeded relationships of an earlier run that this run did not write; one an import or a plan also states stays, as theirs. */
export const DELETE_STALE_RELS = `
MATCH ()-[r]->() WHERE r.seedRun IS NOT NULL AND r.seedRun <> $run
CALL (r) {
  WITH r WHERE size(coalesce(r.importSources, [])) > 0 OR size(coalesce(r.planSources, [])) > 0
  REMOVE r.seedRun, r.sourceSections, r.sourceQuotes, r.sourceNotes
}
WITH r WHERE r.seedRun IS NOT NULL
DELETE r`;

/** Seeded nodes of an earlier run that this run did not write; one an import or a plan also states stays, as theirs. */
export const DELETE_STALE_NODES = `
MATCH (n:Entity) WHERE n.seedRun IS NOT NULL AND n.seedRun <> $run
CALL (n) {
  WITH n WHERE size(coalesce(n.importSources, [])) > 0 OR size(coalesce(n.planSources, [])) > 0
  REMOVE n.seedRun
  SET n.imported = size(coalesce(n.importSources, [])) > 0, n.sourceSections = [], n.sourceQuotes = [], n.sourceNotes = []
}
WITH n WHERE n.seedRun IS NOT NULL
DETACH DELETE n`;

/** Actual figures whose target was gone and is back. */
export const REATTACH_ACTUALS = `
MATCH (a:Actual) WHERE NOT (a)<-[:HAS_ACTUAL]-()
MATCH (t:Target {id: a.targetId})
MERGE (t)-[:HAS_ACTUAL]->(a)`;

export const COUNT_LABELS = `
MATCH (n) UNWIND labels(n) AS label
WITH label, count(*) AS count WHERE label <> 'Entity'
RETURN label, count ORDER BY label`;

export const COUNT_TYPES = `
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type`;
