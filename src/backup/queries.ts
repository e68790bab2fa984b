/** The Cypher of backup and restore. Labels and types of restored data come from each row: Neo4j 5.26's `$(...)` syntax. */

/** Read from the count store: constant time at any size. */
export const COUNT_NODES = 'MATCH (n) RETURN count(n) AS nodes';
export const COUNT_RELATIONSHIPS = 'MATCH ()-[r]->() RETURN count(r) AS relationships';

/** Every node, streamed (no ORDER BY, so the server never holds them all). */
export const ALL_NODES = 'MATCH (n) RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props';

/** Every relationship, streamed, with the keys of its two nodes. */
export const ALL_RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props`;

/**
 * While a restore runs, each node carries the backup's key under a temporary label and
 * property, indexed, so relationships find their two nodes by an index seek.
 */
const RESTORING = '`_ChainAtlasRestoring`';
const KEY = '`_chainAtlasBackupKey`';
export const RESTORE_KEY_INDEX = 'chain_atlas_restore_key';

export const CREATE_KEY_INDEX = `CREATE INDEX ${RESTORE_KEY_INDEX} IF NOT EXISTS FOR (n:${RESTORING}) ON (n.${KEY})`;
export const DROP_KEY_INDEX = `DROP INDEX ${RESTORE_KEY_INDEX} IF EXISTS`;

/** The key is set after the properties, so a property of that name in a file cannot take its place. */
export const CREATE_NODES = `
UNWIND $rows AS row
CREATE (n)
SET n += row.props
SET n:$(row.labels)
SET n:${RESTORING}, n.${KEY} = row.key
RETURN count(n) AS created`;

export const CREATE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a:${RESTORING} {${KEY}: row.from})
MATCH (b:${RESTORING} {${KEY}: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created`;

/** Whether a node of the restore already has this key (a node line repeating an earlier one's key). */
export const KEY_RESTORED = `MATCH (n:${RESTORING} {${KEY}: $key}) RETURN count(n) > 0 AS restored`;

/** Whether a node of the restore already has the label and these values of its unique properties. */
export const VALUES_RESTORED = `
MATCH (n:${RESTORING}) WHERE $label IN labels(n) AND all(i IN range(0, size($properties) - 1) WHERE n[$properties[i]] = $values[i])
RETURN count(n) > 0 AS restored`;

/** Takes the temporary label and key off every restored node, in batches (an auto-commit query). */
export const REMOVE_KEYS = `
MATCH (n:${RESTORING})
CALL (n) { REMOVE n:${RESTORING}, n.${KEY} } IN TRANSACTIONS OF 10000 ROWS`;

/** Empties the database in batches, relationships first so no batch holds a dense node's all (auto-commit queries). */
export const DELETE_RELATIONSHIPS = 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS';
export const DELETE_NODES = 'MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS';
