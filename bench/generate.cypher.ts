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

/** The seeded places and links the generated enterprises also use. */
export const SEEDED_REFERENCES = `
CALL () { MATCH (p:Place {inHenan: true}) WHERE p.level IN ['COUNTY', 'DISTRICT', 'ZONE', 'CITY'] RETURN collect(p.id) AS henanPlaces }
CALL () { MATCH (l:ChainLink) RETURN collect(l.id) AS links }
CALL () { MATCH (s:Sector) RETURN collect(s.id) AS sectors }
RETURN henanPlaces, links, sectors`;
