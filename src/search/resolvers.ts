import { badInput } from '../errors.js';
import type { EntityKind, Resolvers } from '../generated/graphql.generated.js';
import type { NodeKind } from '../ids.js';
import type { EntityModel } from '../model.js';
import { luceneQuery } from './lucene.js';
import { SEARCH } from './queries.js';
import { boundedInt } from '../graph/index.js';

const KIND_OF: Record<EntityKind, NodeKind> = {
  SECTOR: 'Sector',
  CHAIN: 'Chain',
  CHAIN_LINK: 'ChainLink',
  ENTERPRISE: 'Enterprise',
  PLACE: 'Place',
  CLUSTER: 'Cluster',
  PROJECT: 'Project',
};
const ENTITY_KIND = Object.fromEntries(Object.entries(KIND_OF).map(([k, v]) => [v, k])) as Record<NodeKind, EntityKind>;

type Hit = { node: EntityModel & { aliases?: string[]; fullName?: string }; score: number };

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, { text, kinds, first }, { db }) => {
      const trimmed = text.trim();
      if (trimmed.length < 1 || trimmed.length > 100)
        throw badInput('text must have 1 to 100 characters.', { argument: 'text' });
      const limit = boundedInt('first', first, 20, 1, 100);
      const rows = await db.read<Hit>(SEARCH, {
        lucene: luceneQuery(trimmed),
        limit,
        kinds: kinds?.length ? kinds.map((k) => KIND_OF[k]) : null,
      });
      return rank(rows, trimmed);
    },
  },
};

/** Exact names and aliases first with score 1; the rest relative to the best, in 0..0.95. */
function rank(rows: Hit[], text: string) {
  const top = Math.max(...rows.map((r) => r.score), 1e-9);
  const lower = text.toLowerCase();
  return rows
    .map(({ node, score }) => {
      const names = [node.name, node.fullName, ...(node.aliases ?? [])]
        .filter(Boolean)
        .map((n) => String(n).toLowerCase());
      const exact = names.includes(lower);
      return { node, kind: ENTITY_KIND[node.kind], score: exact ? 1 : Math.round((score / top) * 0.95 * 1000) / 1000 };
    })
    .sort((a, b) => b.score - a.score);
}
