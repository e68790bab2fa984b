import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import { issueToken, type Role } from '../src/auth/tokens.js';
import { createContext, type Context } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import type { ResultCache } from '../src/db/result-cache.js';
import type { Shapes } from '../src/graph/shapes.js';
import { toGlobalId, type NodeKind } from '../src/ids.js';
import { createLogger } from '../src/logger.js';
import { testDatabase } from './database.js';
import { createApolloServer, DEFAULT_LIMITS } from '../src/server.js';

export const CONTRACT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'contract', 'operations');
export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0000';

/** A contract operation's text, by file name (`chain-gaps`). */
export function operation(name: string): string {
  return readFileSync(path.join(CONTRACT_DIR, `${name}.graphql`), 'utf8');
}

/** The global id of a seeded entity, as clients receive it. */
export const idOf = (kind: NodeKind, key: string) => toGlobalId(kind, key);

export type Answer<T = Record<string, any>> = { data?: T | null; errors?: readonly GraphQLFormattedError[] };

/** The Apollo server on the test database, without HTTP; `run` executes one operation. */
export class TestApi {
  readonly apollo: ApolloServer<Context>;
  private readonly shapes: Shapes;
  constructor(readonly db: Database) {
    ({ apollo: this.apollo, shapes: this.shapes } = createApolloServer({ landingPage: false, graphiql: false, introspection: true, ...DEFAULT_LIMITS }));
  }

  async start(): Promise<this> {
    await this.apollo.start();
    return this;
  }

  /** Off: root fields do not compile their selections, and relations go through the loaders. */
  compileSelections = true;
  /** Set: analytics answers come from this result cache while the database is unchanged. */
  cache: ResultCache | undefined;

  async run<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, roles: Role[] = []): Promise<Answer<T>> {
    const token = roles.length ? await issueToken(TEST_JWT_SECRET, 'tester', roles, 1) : undefined;
    const deps = { db: this.db, log: createLogger('silent'), jwtSecret: TEST_JWT_SECRET, shapes: this.shapes, compileSelections: this.compileSelections, cache: this.cache };
    const contextValue = await createContext(deps, token && `Bearer ${token}`);
    const res = await this.apollo.executeOperation<T>({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult as Answer<T>;
  }

  stop(): Promise<void> {
    return this.apollo.stop();
  }
}

/** The `extensions.code` of each error, for compact assertions. */
export const codes = (answer: Answer) => (answer.errors ?? []).map((e) => e.extensions?.code);

/** A TestApi on the run's seeded Neo4j, started before the file's tests and stopped after. */
export function useTestApi(): TestApi {
  const api = new TestApi(testDatabase());
  beforeAll(() => api.start());
  afterAll(async () => {
    await api.stop();
    await api.db.close();
  });
  return api;
}
