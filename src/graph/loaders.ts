import DataLoader from 'dataloader';
import type { Database, Params } from '../db/database.js';
import type { EntityModel } from '../model.js';
import { NODES_BY_ID } from './queries.js';

/**
 * Per-request batching: every field that follows a relationship asks a loader, and
 * each loader sends one query for all the parents of a request level. A request thus
 * costs one round trip per field path, however many parents there are.
 */
export type Loaders = {
  /** Any entity by id; null when no node has it. */
  node: DataLoader<string, EntityModel | null>;
  /** The items a query relates to each id. The query takes `$ids` and returns rows `{ id, items }`. */
  related<T = EntityModel>(query: string, params?: Params): DataLoader<string, T[]>;
};

export function createLoaders(db: Database): Loaders {
  const byQuery = new Map<string, DataLoader<string, unknown[]>>();
  return {
    node: new DataLoader(async (ids) => {
      const rows = await db.read<{ node: EntityModel }>(NODES_BY_ID, { ids: [...ids] });
      const found = new Map(rows.map((r) => [r.node.id, r.node]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    related<T>(query: string, params: Params = {}) {
      const cacheKey = `${query}\u0000${JSON.stringify(params)}`;
      let loader = byQuery.get(cacheKey);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const rows = await db.read<{ id: string; items: unknown[] }>(query, { ...params, ids: [...ids] });
          const found = new Map(rows.map((r) => [r.id, r.items]));
          return ids.map((id) => found.get(id) ?? []);
        });
        byQuery.set(cacheKey, loader);
      }
      return loader as DataLoader<string, T[]>;
    },
  };
}
