import { GraphQLError } from 'graphql';
import { ANONYMOUS, verifyToken, type Principal } from './auth/tokens.js';
import type { Database } from './db/database.js';
import type { CachedRead, ResultCache } from './db/result-cache.js';
import { createLoaders } from './graph/loaders.js';
import type { GraphRequest } from './graph/request.js';
import type { Shapes } from './graph/shapes.js';
import type { ReadLimits } from './import/read/limits.js';
import type { Uploads } from './import/uploads.js';
import type { Logger } from './logger.js';

/** What the import mutations need from the service: the uploads folder, and what reading an uploaded workbook may cost. */
export type ImportDeps = { uploads: Uploads; readLimits: ReadLimits };

/** What every resolver receives: the database, per-request loaders, who is asking, a logger. */
export type Context = GraphRequest & {
  principal: Principal;
  log: Logger;
  /** Reads an expensive query's answer, from the result cache while the database is unchanged. */
  cachedRead: CachedRead;
  /** Set by the service (not by servers without HTTP, as in tests of the API alone). */
  imports?: ImportDeps;
};

export type ContextDeps = {
  db: Database;
  log: Logger;
  jwtSecret: string | undefined;
  /** What each field needs from the graph: built with the server from its resolvers (server.ts). */
  shapes: Shapes;
  readsRequireToken?: boolean;
  compileSelections?: boolean;
  cache?: ResultCache;
  imports?: ImportDeps;
};

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
  const cachedRead: CachedRead = deps.cache ? deps.cache.forRequest() : (cypher, params) => deps.db.read(cypher, params ?? {});
  return { db: deps.db, log: deps.log, principal, loaders: createLoaders(deps.db), cachedRead, shapes: deps.shapes, compileSelections: deps.compileSelections ?? true, imports: deps.imports };
}

function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}.`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
