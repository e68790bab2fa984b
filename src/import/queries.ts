/**
 * The import's Cypher. Facts an import states carry `importSources`, one entry per import
 * ("<import id>\t<file>\t<line>\t<date>\t<note>"), so that undo removes this import's entry
 * and deletes a fact only when no entry and no seed stamp is left. `(:Import)-[:STATES]->(e)`
 * records every enterprise an import touched: undo and rollback walk from it.
 */

/** What rows resolve against, none of it enterprises: places, links and sectors (bounded by the plan and the map). */
export const REFERENCE_DATA = `
CALL () {
  MATCH (p:Place) OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
  RETURN collect({id: p.id, name: p.name, fullName: p.fullName, aliases: coalesce(p.aliases, []), parent: up.id, inHenan: p.inHenan}) AS places
}
CALL () {
  MATCH (l:ChainLink)-[:IN_CHAIN]->(c:Chain)
  RETURN collect({id: l.id, key: l.key, name: l.name, aliases: coalesce(l.aliases, []), chain: c.name, chainKey: c.key}) AS links
}
CALL () { MATCH (s:Sector) RETURN collect({id: s.id, key: s.key, name: s.name}) AS sectors }
RETURN places, links, sectors`;

/**
 * Enterprises already in the graph that rows may be: by credit code, and by name or alias
 * (the row's name and aliases against the enterprises' names and aliases), through the
 * name index and the NameKey index: indexed lookups of just the values in the batch.
 * Enterprises this import created are left out, so that rows are matched against the
 * graph as it was before the import, at the check and at the write alike.
 */
export const EXISTING_MATCHES = `
UNWIND $rows AS row
CALL (row) {
  // A row without a code looks up nothing (a null in the lookup would scan every enterprise).
  OPTIONAL MATCH (byCode:Enterprise {creditCode: row.code}) WHERE row.code IS NOT NULL
  RETURN collect(DISTINCT byCode {.id, .name}) AS byCode
}
CALL (row) {
  UNWIND row.names AS n
  CALL (n) {
    MATCH (e:Enterprise {name: n}) RETURN e
    UNION
    MATCH (:NameKey {key: n})-[:NAMES]->(e:Enterprise) RETURN e
  }
  WITH DISTINCT e WHERE $import IS NULL OR coalesce(e.createdByImport, '') <> $import
  RETURN collect({id: e.id, name: e.name, code: e.creditCode}) AS byName
}
RETURN row.line AS line, byCode, byName`;

/**
 * Takes the import lock; fails if another import is running (the caller recovered stale ones
 * first). The creating subquery is OPTIONAL: when another import runs it returns no row, and
 * the row with `other`, which the refusal names, must stay.
 */
export const START_IMPORT = `
MERGE (lock:ImportLock {key: 'import'})
SET lock.takenAt = datetime()
WITH lock
OPTIONAL MATCH (other:Import) WHERE other.status IN ['RUNNING', 'UNDOING']
WITH lock, other ORDER BY other.startedAt LIMIT 1
OPTIONAL CALL (other) {
  WITH other WHERE other IS NULL
  CREATE (i:Entity:Import)
  SET i = $props, i.kind = 'Import', i.status = 'RUNNING', i.startedAt = datetime().epochMillis, i.heartbeatAt = datetime().epochMillis, i.rowsWritten = 0
  RETURN i.id AS created
}
RETURN created, other {.id, .file, .by, .startedAt, .status} AS busy`;

/** The import's heartbeat and how far it got, beaten by every batch. */
export const HEARTBEAT = `
MATCH (imp:Import {id: $import})
SET imp.heartbeatAt = datetime().epochMillis, imp.rowsWritten = $written`;

/**
 * Rows the check found new, and new to the file: their enterprises, STATES records, places
 * and links are created outright, as a bare UNWIND would (nothing to merge with; were the
 * graph to have gained one of them since the check, the id's unique constraint fails the
 * batch, and the import is rolled back). Relationships created: the rows' STATES, plus the facts.
 */
export const WRITE_NEW = `
MATCH (imp:Import {id: $import})
UNWIND $rows AS row
CREATE (e:Entity:Enterprise)
SET e = row.props, e.createdByImport = $import, e.importSources = [row.source], e.creditCode = row.code,
    e.creditCodeImports = CASE WHEN row.code IS NULL THEN null ELSE [$import] END
CREATE (imp)-[:STATES]->(e)
WITH e, row
MATCH (p:Place {id: row.placeId})
CREATE (e)-[:LOCATED_IN {importSources: [row.source]}]->(p)
WITH e, row
UNWIND row.targets AS targetId
MATCH (t:Entity {id: targetId})
CREATE (e)-[:OPERATES_IN {importSources: [row.source]}]->(t)`;

/** Other rows' enterprises (in the graph already, or met earlier in the file), with the STATES record of the import and this import's provenance entry. */
export const WRITE_ENTERPRISES = `
MATCH (imp:Import {id: $import})
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:Enterprise, e += row.props, e.createdByImport = $import
MERGE (imp)-[:STATES]->(e)
WITH e, row
SET e.importSources = CASE WHEN any(s IN coalesce(e.importSources, []) WHERE s STARTS WITH $prefix) THEN e.importSources ELSE coalesce(e.importSources, []) + row.source END
WITH e, row WHERE row.code IS NOT NULL AND (e.creditCode IS NULL OR e.creditCode = row.code)
SET e.creditCode = row.code,
    e.creditCodeImports = CASE WHEN $import IN coalesce(e.creditCodeImports, []) THEN e.creditCodeImports ELSE coalesce(e.creditCodeImports, []) + $import END`;

/** The place of each row's enterprise, and the links and sectors it operates in: one statement, its counts the facts added. */
export const WRITE_FACTS = `
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.id})
MATCH (p:Place {id: row.placeId})
MERGE (e)-[located:LOCATED_IN]->(p)
SET located.importSources = CASE WHEN any(s IN coalesce(located.importSources, []) WHERE s STARTS WITH $prefix) THEN located.importSources ELSE coalesce(located.importSources, []) + row.source END
WITH e, row
UNWIND row.targets AS targetId
MATCH (t:Entity {id: targetId})
MERGE (e)-[r:OPERATES_IN]->(t)
SET r.importSources = CASE WHEN any(s IN coalesce(r.importSources, []) WHERE s STARTS WITH $prefix) THEN r.importSources ELSE coalesce(r.importSources, []) + row.source END`;

/** The aliases rows give: a NameKey for lookups, and the enterprise's list shown in the API and searched. */
export const WRITE_ALIASES = `
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.id})
UNWIND row.aliases AS alias
MERGE (k:NameKey {key: alias})
MERGE (k)-[r:NAMES]->(e)
SET r.importSources = CASE WHEN any(s IN coalesce(r.importSources, []) WHERE s STARTS WITH $prefix) THEN r.importSources ELSE coalesce(r.importSources, []) + row.source END
WITH e, alias WHERE alias <> e.name AND NOT alias IN coalesce(e.aliases, []) AND NOT alias IN coalesce(e.importedAliases, [])
SET e.importedAliases = coalesce(e.importedAliases, []) + alias,
    e.searchAliases = CASE WHEN coalesce(e.searchAliases, '') CONTAINS alias THEN e.searchAliases ELSE trim(coalesce(e.searchAliases, '') + ' ' + alias) END`;

export const FINISH_IMPORT = `
MATCH (i:Import {id: $import})
SET i += $props, i.finishedAt = datetime().epochMillis`;

/**
 * Removes one batch of what an import stated, walking its STATES records: its entry in
 * each fact's provenance; a fact no import and no seed states any more; an enterprise it
 * created that nothing states any more. Returns how many enterprises it went through and
 * how many it deleted; run again until none is left (a killed undo resumes where it stopped).
 */
export const UNDO_BATCH = `
MATCH (imp:Import {id: $import})-[s:STATES]->(e:Enterprise)
WITH s, e LIMIT toInteger($batch)
CALL (e) {
  MATCH (e)-[r:LOCATED_IN|OPERATES_IN]->()
  WHERE any(x IN coalesce(r.importSources, []) WHERE x STARTS WITH $prefix)
  SET r.importSources = [x IN r.importSources WHERE NOT x STARTS WITH $prefix]
  WITH r WHERE size(r.importSources) = 0 AND r.seedRun IS NULL
  DELETE r
}
CALL (e) {
  MATCH (k:NameKey)-[r:NAMES]->(e)
  WHERE any(x IN coalesce(r.importSources, []) WHERE x STARTS WITH $prefix)
  SET r.importSources = [x IN r.importSources WHERE NOT x STARTS WITH $prefix]
  WITH k, r WHERE size(r.importSources) = 0 AND r.seedRun IS NULL
  DELETE r
  WITH DISTINCT k WHERE NOT (k)-[:NAMES]->()
  DELETE k
}
WITH s, e, [a IN coalesce(e.importedAliases, []) WHERE EXISTS { (:NameKey {key: a})-[n:NAMES]->(e) WHERE size(coalesce(n.importSources, [])) > 0 }] AS keptAliases
SET e.importSources = [x IN coalesce(e.importSources, []) WHERE NOT x STARTS WITH $prefix],
    e.creditCodeImports = [x IN coalesce(e.creditCodeImports, []) WHERE x <> $import],
    e.searchAliases = reduce(t = coalesce(e.searchAliases, ''), a IN [a IN coalesce(e.importedAliases, []) WHERE NOT a IN keptAliases] | trim(replace(' ' + t + ' ', ' ' + a + ' ', ' '))),
    e.importedAliases = keptAliases
SET e.creditCode = CASE WHEN size(e.creditCodeImports) = 0 THEN null ELSE e.creditCode END
DELETE s
WITH e, e.imported = true AND e.seedRun IS NULL AND size(e.importSources) = 0 AS orphan
CALL (e, orphan) {
  WITH e WHERE orphan
  DETACH DELETE e
}
RETURN count(*) AS processed, sum(CASE WHEN orphan THEN 1 ELSE 0 END) AS deleted`;

/** How many enterprises an import still states (what an undo has left to do). */
export const STATED_COUNT = `MATCH (:Import {id: $import})-[s:STATES]->() RETURN count(s) AS stated`;

/** Imports, newest first. */
export const IMPORTS = `
MATCH (i:Import)
RETURN i {.*} AS import ORDER BY i.startedAt DESC LIMIT toInteger($limit)`;

/** One import by id. */
export const IMPORT_BY_ID = `MATCH (i:Import {id: $id}) RETURN i {.*} AS import`;

/** Imports left running or undoing: their process may be gone. */
export const UNFINISHED_IMPORTS = `
MATCH (i:Import) WHERE i.status IN ['RUNNING', 'UNDOING']
RETURN i {.id, .status, .host, .pid, .heartbeatAt, .file, .rollback} AS import`;

/** Marks an import as being undone, or rolled back (keeps its record; nothing it stated is left after). */
export const MARK_IMPORT = `
MATCH (i:Import {id: $import})
SET i += $props`;
