/** The loader's Cypher. Labels and types come from each row: Neo4j 5.26's `$(...)` syntax. */

export const UPSERT_NODES = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, n.importedAliases AS importedAliases
SET n = row.props, n.seedRun = $run, n.importedAliases = importedAliases
SET n:$(row.label)`;

export const UPSERT_RELS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.seedRun = $run`;

/** Seeded relationships of an earlier run that this run did not write. */
export const DELETE_STALE_RELS = `
MATCH ()-[r]->() WHERE r.seedRun IS NOT NULL AND r.seedRun <> $run
DELETE r`;

/** Seeded nodes of an earlier run that this run did not write. */
export const DELETE_STALE_NODES = `
MATCH (n:Entity) WHERE n.seedRun IS NOT NULL AND n.seedRun <> $run
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
