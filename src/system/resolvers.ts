import { createRequire } from 'node:module';
import type { Resolvers } from '../generated/graphql.generated.js';
import { COUNT_NODES } from './queries.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export const systemResolvers: Resolvers = {
  Query: {
    system: () => ({ service: 'chain-atlas', version }),
  },
  SystemInfo: {
    database: async (_parent, _args, { db }) => {
      const [info, [count]] = await Promise.all([db.serverInfo(), db.read<{ nodeCount: number }>(COUNT_NODES)]);
      return { ...info, embedded: db.embedded, nodeCount: count?.nodeCount ?? 0 };
    },
  },
};
