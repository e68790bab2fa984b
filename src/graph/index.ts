/**
 * The front door of the graph layer: what a domain area's resolvers use to declare what
 * they need and to fetch it. See README.md for the one idea behind it.
 */

// Declaring needs: what a field reads of its parent, or which relation it follows.
export { needs, describeField, shapesOf, type Shapes, type FieldShape } from './shapes.js';
export { related, relatedOne, derived, relation, type Relation } from './related.js';
export {
  sourcesOf,
  projectSources,
  planSourceEntry,
  PROVENANCE,
  type ImportProvenance,
  type PlanProvenance,
  type ProjectProvenance,
} from './sources.js';

// Fetching a root field: its selection planned and compiled into one Cypher query.
export { fetchSelected, type RootQuery } from './fetch.js';
export { pagedField, pagedRelation } from './paged.js';
export { connection, pageArgs, pageOf, cursorOf, MAX_PAGE_SIZE, type PageStart } from './pagination.js';
export { NODE_BY_ID, NODES_BY_ID } from './queries.js';

// Arguments: ids checked without the database, counts within bounds.
export { idKind, existingId, notFound, IdFilters, boundedInt } from './args.js';

// What a request carries for the graph layer (the context builds it).
export { createLoaders, type Loaders } from './loaders.js';
export type { GraphRequest } from './request.js';
