import type { Resolvers, Role } from '../generated/graphql.generated.js';

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_p, _a, { principal }) => ({
      subject: principal.subject ?? null,
      roles: principal.roles.map((r) => r.toUpperCase() as Role),
      canWrite: principal.roles.some((r) => r === 'officer' || r === 'admin'),
    }),
  },
};
