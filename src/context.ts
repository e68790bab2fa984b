import { GraphQLError } from 'graphql';
import { ANONYMOUS, verifyToken, type Principal } from './auth/tokens.js';
import type { Database } from './db/database.js';
import type { CachedRead, ResultCache } from './db/result-cache.js';
import { createLoaders, type Loaders } from './graph/loaders.js';
import { shapesOf, type Shapes } from './graph/shapes.js';
import type { Logger } from './logger.js';
import { allResolvers } from './resolvers.js';

/** What every resolver receives: the database, per-request loaders, who is asking, a logger. */
export type Context = {
  db: Database;
  loaders: Loaders;
  principal: Principal;
  log: Logger;
  /** Reads an expensive query's answer, from the result cache while the database is unchanged. */
  cachedRead: CachedRead;
  /** What each field needs from the graph, for root fields that fetch their whole selection at once. */
  shapes: Shapes;
  /** Off: root fields fetch their own nodes only and every relation goes through the loaders (tests compare both ways). */
  compileSelections: boolean;
};

export type ContextDeps = { db: Database; log: Logger; jwtSecret: string | undefined; readsRequireToken?: boolean; compileSelections?: boolean; cache?: ResultCache };

let shapes: Shapes | undefined;

/** Builds a request's context; a bearer token that is sent must be valid. */
export async function createContext(deps: ContextDeps, authorization: string | undefined): Promise<Context> {
  let principal = ANONYMOUS;
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) throw unauthenticated('the Authorization header must be "Bearer <token>"');
    try {
      principal = await verifyToken(deps.jwtSecret, token);
    } catch (err) {
      throw unauthenticated((err as Error).message);
    }
  }
  // Every role can read; with READS_REQUIRE_TOKEN an anonymous request cannot.
  if (deps.readsRequireToken && !principal.subject) throw unauthenticated('this server needs a bearer token for every request');
  shapes ??= shapesOf(allResolvers() as Record<string, unknown>);
  const cachedRead: CachedRead = deps.cache ? deps.cache.forRequest() : (cypher, params) => deps.db.read(cypher, params ?? {});
  return { db: deps.db, log: deps.log, principal, loaders: createLoaders(deps.db), cachedRead, shapes, compileSelections: deps.compileSelections ?? true };
}

function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}.`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
