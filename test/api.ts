import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';
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
import type * as Contract from '../src/generated/operations.generated.js';

export const CONTRACT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'contract', 'operations');
export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0000';

/** The contract's operations by file name, with the answer and variables types codegen made from them. */
type Operations = {
  'chain-gaps': [Contract.ChainGapsQuery, Contract.ChainGapsQueryVariables];
  clusters: [Contract.ClustersQuery, Contract.ClustersQueryVariables];
  cypher: [Contract.CypherQuery, Contract.CypherQueryVariables];
  enterprise: [Contract.EnterpriseQuery, Contract.EnterpriseQueryVariables];
  enterprises: [Contract.EnterprisesQuery, Contract.EnterprisesQueryVariables];
  'recommend-targets': [Contract.RecommendTargetsQuery, Contract.RecommendTargetsQueryVariables];
  'record-actual': [Contract.RecordActualMutation, Contract.RecordActualMutationVariables];
  search: [Contract.SearchQuery, Contract.SearchQueryVariables];
  sectors: [Contract.SectorsQuery, Contract.SectorsQueryVariables];
  'sign-in': [Contract.SignInMutation, Contract.SignInMutationVariables];
  targets: [Contract.TargetsQuery, Contract.TargetsQueryVariables];
  'create-lead': [Contract.CreateLeadMutation, Contract.CreateLeadMutationVariables];
  leads: [Contract.LeadsQuery, Contract.LeadsQueryVariables];
  'move-lead': [Contract.MoveLeadMutation, Contract.MoveLeadMutationVariables];
};
export type OperationName = keyof Operations;

/** A contract operation's text, by file name (`chain-gaps`). */
export function operationText(name: string): string {
  return readFileSync(path.join(CONTRACT_DIR, `${name}.graphql`), 'utf8');
}

/** A contract operation, typed: `run` answers it with its generated answer type and checks its variables. */
export function operation<N extends OperationName>(name: N): TypedDocumentNode<Operations[N][0], Operations[N][1]> {
  return parse(operationText(name));
}

/** The global id of a seeded entity, as clients receive it. */
export const idOf = (kind: NodeKind, key: string) => toGlobalId(kind, key);

/** What an operation answered: `T` is its data's type (a contract operation's comes from codegen; give others their shape). */
export type Answer<T = unknown> = { data?: T | null; errors?: readonly GraphQLFormattedError[] };

/** Variables of an operation, as sent. */
export type Variables = Record<string, unknown>;

/** Someone signed in, for `run`: a username, roles, and the display name and home place (a Place id) of their account. */
export type Person = { username: string; roles: Role[]; name?: string; place?: string };

/** The Apollo server on the test database, without HTTP; `run` executes one operation (as anonymous, with roles, or as a person). */
export class TestApi {
  readonly apollo: ApolloServer<Context>;
  private readonly shapes: Shapes;
  constructor(readonly db: Database) {
    ({ apollo: this.apollo, shapes: this.shapes } = createApolloServer({
      landingPage: false,
      graphiql: false,
      introspection: true,
      ...DEFAULT_LIMITS,
    }));
  }

  async start(): Promise<this> {
    await this.apollo.start();
    return this;
  }

  /** Off: root fields do not compile their selections, and relations go through the loaders. */
  compileSelections = true;
  /** Set: analytics answers come from this result cache while the database is unchanged. */
  cache: ResultCache | undefined;

  /** Runs a typed document (a contract `operation`), or a query's text with the answer's shape given as `T`. */
  run<T, V extends Variables>(
    document: TypedDocumentNode<T, V>,
    variables?: NoInfer<V>,
    roles?: Role[] | Person,
  ): Promise<Answer<T>>;
  run<T = unknown>(query: string | DocumentNode, variables?: Variables, roles?: Role[] | Person): Promise<Answer<T>>;
  async run<T>(
    query: string | DocumentNode,
    variables: Variables = {},
    roles: Role[] | Person = [],
  ): Promise<Answer<T>> {
    const person = Array.isArray(roles) ? { username: 'tester', roles } : roles;
    const token = person.roles.length
      ? await issueToken(TEST_JWT_SECRET, person.username, person.roles, 1, undefined, {
          name: person.name,
          place: person.place,
        })
      : undefined;
    const deps = {
      db: this.db,
      log: createLogger('silent'),
      jwtSecret: TEST_JWT_SECRET,
      shapes: this.shapes,
      compileSelections: this.compileSelections,
      cache: this.cache,
    };
    const contextValue = await createContext(deps, token && `Bearer ${token}`);
    const res = await this.apollo.executeOperation<T & Variables>({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult as Answer<T>;
  }

  stop(): Promise<void> {
    return this.apollo.stop();
  }
}

/**
 * The member of a union that has `key`: codegen types a `node(id:)` answer (and a search
 * hit's node) as one member per type, which only the fields asked for tell apart. Throws
 * when the value has no such field.
 */
export function having<T, K extends string>(value: T, key: K): Extract<NonNullable<T>, Record<K, unknown>> {
  if (value === null || typeof value !== 'object' || !(key in value))
    throw new Error(`expected a value with ${key}, got ${JSON.stringify(value)}`);
  return value as Extract<NonNullable<T>, Record<K, unknown>>;
}

/** The `extensions.code` of each error, for compact assertions. */
export const codes = (answer: Answer<unknown>) => (answer.errors ?? []).map((e) => e.extensions?.code);

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
