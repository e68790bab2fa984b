import { GraphQLError } from 'graphql';
import { accountsOf, type Accounts } from './account/accounts.js';
import { authenticate } from './auth/authenticate.js';
import { Revocations } from './auth/revocations.js';
import type { Principal } from './auth/tokens.js';
import type { Database } from './db/database.js';
import type { CachedRead, ResultCache } from './db/result-cache.js';
import { AnalystQueries } from './cypher/analysts.js';
import { createLoaders } from './graph/loaders.js';
import type { GraphRequest } from './graph/request.js';
import type { Shapes } from './graph/shapes.js';
import type { ReadLimits } from './import/read/limits.js';
import type { Uploads } from './import/uploads.js';
import type { Logger } from './logger.js';

/** What the import mutations need from the service: the uploads folder, and what reading an uploaded workbook may cost. */
export type ImportDeps = { uploads: Uploads; readLimits: ReadLimits };

/** The HTTP exchange behind a request, for what sets cookies (not there for servers without HTTP, as in tests of the API alone). */
export type HttpExchange = {
  /** The request's Cookie header. */
  cookie?: string | undefined;
  /** True when the request came over https (cookies are then Secure). */
  secure: boolean;
  /** Adds a Set-Cookie header to the answer. */
  setCookie(value: string): void;
};

/** What every resolver receives: the database, per-request loaders, who is asking, a logger. */
export type Context = GraphRequest & {
  principal: Principal;
  log: Logger;
  /** Reads an expensive query's answer, from the result cache while the database is unchanged. */
  cachedRead: CachedRead;
  /** Runs analysts' Cypher in worker threads, within its own budget. */
  analysts: AnalystQueries;
  /** Set by the service (not by servers without HTTP, as in tests of the API alone). */
  imports?: ImportDeps;
  /** Users' sign-in, sessions and their policy. */
  accounts: Accounts;
  /** The secret that signs bearer tokens (signIn issues them). */
  jwtSecret: string | undefined;
  http?: HttpExchange | undefined;
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
  /** The service's analyst pool; without one, a default pool per database (tests). */
  analysts?: AnalystQueries;
  /** Revoked tokens; without them, a default list per database (tests). */
  revocations?: Revocations;
  imports?: ImportDeps;
  /** Sign-in and sessions; without them, the default policy per database (tests). */
  accounts?: Accounts;
};

const defaultRevocations = new WeakMap<Database, Revocations>();
/** The revoked tokens of a database that was given no list. */
export function revocationsOf(db: Database): Revocations {
  let list = defaultRevocations.get(db);
  if (!list) defaultRevocations.set(db, (list = new Revocations(db)));
  return list;
}

const defaultPools = new WeakMap<Database, AnalystQueries>();
/** The analyst pool of a database that was given none: two at a time, five seconds each. */
function defaultAnalysts(db: Database, log: Logger): AnalystQueries {
  let pool = defaultPools.get(db);
  if (!pool) defaultPools.set(db, (pool = new AnalystQueries(db, log, { concurrency: 2, timeoutMs: 5_000 })));
  return pool;
}

/** Builds a request's context; a bearer token that is sent must be valid; a session cookie is honoured while its session lives. */
export async function createContext(
  deps: ContextDeps,
  authorization: string | undefined,
  http?: HttpExchange,
): Promise<Context> {
  let principal: Principal;
  const accounts = deps.accounts ?? accountsOf(deps.db);
  try {
    principal = await authenticate(
      authorization,
      { secret: deps.jwtSecret, revocations: deps.revocations ?? revocationsOf(deps.db), sessions: accounts.sessions },
      http?.cookie,
    );
  } catch (err) {
    throw unauthenticated((err as Error).message);
  }
  // Every role can read; with READS_REQUIRE_TOKEN an anonymous request cannot.
  if (deps.readsRequireToken && !principal.subject)
    throw unauthenticated('this server needs a bearer token for every request');
  const cachedRead: CachedRead = deps.cache
    ? deps.cache.forRequest()
    : (cypher, params) => deps.db.read(cypher, params ?? {});
  const analysts = deps.analysts ?? defaultAnalysts(deps.db, deps.log);
  return {
    db: deps.db,
    log: deps.log,
    principal,
    loaders: createLoaders(deps.db),
    cachedRead,
    shapes: deps.shapes,
    compileSelections: deps.compileSelections ?? true,
    analysts,
    imports: deps.imports,
    accounts,
    jwtSecret: deps.jwtSecret,
    http,
  };
}

function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}.`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}
