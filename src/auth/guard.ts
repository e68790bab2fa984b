import { GraphQLError } from 'graphql';
import type { Principal, Role } from './tokens.js';

/** Throws UNAUTHENTICATED without a token, FORBIDDEN without the role (admin has every role). */
export function requireRole(principal: Principal, role: Role): void {
  if (!principal.subject) {
    throw new GraphQLError(`This needs a bearer token with the ${role} role.`, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  if (!principal.roles.includes(role) && !principal.roles.includes('admin')) {
    throw new GraphQLError(`This needs the ${role} role; the token has ${principal.roles.join(', ')}.`, {
      extensions: { code: 'FORBIDDEN', http: { status: 403 } },
    });
  }
}
