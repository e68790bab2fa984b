import { relation } from '../graph/index.js';

export const PLAN = 'MATCH (p:Plan) RETURN p {.*} AS plan LIMIT 1';
/** Top-level sections first, in document order. */
export const PLAN_SECTIONS = relation('(m:Section)-[:PART_OF*]->(n)');
