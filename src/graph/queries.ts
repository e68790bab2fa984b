import type { RootQuery } from './root-query.js';

/** One entity by global id. */
export const NODE_BY_ID: RootQuery = { match: 'MATCH (n:Entity {id: $id})' };

/** Entities by global id, whatever their kind. */
export const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS node`;
