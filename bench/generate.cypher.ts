/** The generator's Cypher: batched UNWIND writes of synthetic, clearly marked data. */

export const CREATE_NODES = `
UNWIND $rows AS row
CREATE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.label)`;

export const CREATE_RELS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r.generated = true`;

/** Removes an earlier generated graph, in chunks so no transaction grows too large. */
export const DELETE_GENERATED = `
MATCH (n:Entity) WHERE n.generated = true
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

/** NameKeys left without an enterprise once the generated ones are gone. */
export const DELETE_ORPHAN_NAME_KEYS = `
MATCH (k:NameKey) WHERE NOT (k)-[:NAMES]->()
CALL (k) { DELETE k } IN TRANSACTIONS OF 10000 ROWS`;

/** The seeded places and links the generated enterprises also use. */
export const SEEDED_REFERENCES = `
CALL () { MATCH (p:Place {inHenan: true}) WHERE p.level IN ['COUNTY', 'DISTRICT', 'ZONE', 'CITY'] RETURN collect(p.id) AS henanPlaces }
CALL () { MATCH (l:ChainLink) RETURN collect(l.id) AS links }
CALL () { MATCH (s:Sector) RETURN collect(s.id) AS sectors }
RETURN henanPlaces, links, sectors`;

/** The generated enterprises' aliases as NameKeys, the index imports look aliases up in (idempotent). */
export const GENERATED_NAME_KEYS = `
MATCH (e:Enterprise) WHERE e.generated = true AND NOT EXISTS { (:NameKey)-[:NAMES]->(e) }
CALL (e) {
  UNWIND coalesce(e.aliases, []) AS alias
  MERGE (k:NameKey {key: alias})
  MERGE (k)-[:NAMES {generated: true}]->(e)
} IN TRANSACTIONS OF 10000 ROWS`;
