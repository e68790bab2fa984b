import type { Database } from '../db/database.js';
import type { Loaders } from './loaders.js';
import type { Shapes } from './shapes.js';

/**
 * What graph/ needs of a request: the database, the request's loaders, and what each
 * field needs from the graph. The request context (src/context.ts) has these and more;
 * graph/ depends on this alone, so imports run one way: resolvers -> graph -> db.
 */
export type GraphRequest = {
  db: Database;
  loaders: Loaders;
  /** What each field needs from the graph, for root fields that fetch their whole selection at once. */
  shapes: Shapes;
  /** Off: root fields fetch their own nodes only and every relation goes through the loaders (tests compare both ways). */
  compileSelections: boolean;
};
