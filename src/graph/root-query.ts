import type { Params } from '../db/database.js';

/** A root field's own query: `match` binds `n` to its nodes, `order` sorts them. */
export type RootQuery = { match: string; order?: string; params?: Params; type?: string };
