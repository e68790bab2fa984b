/** Entities by global id, whatever their kind. */
export const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS node`;
