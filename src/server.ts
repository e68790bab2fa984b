import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { HttpLimits } from './config.js';
import type { Context } from './context.js';
import { formatError, logUnexpectedErrors } from './errors.js';
import { createLogger, type Logger } from './logger.js';
import { landingPagePointingToExplorer } from './landing-page.js';
import { requestLimits } from './limits.js';
import { listLimits } from './list-limits.js';
import { shapesOf, type Shapes } from './graph/shapes.js';
import { allResolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';

export type ServerOptions = { log?: Logger } & Pick<
  HttpLimits,
  | 'landingPage'
  | 'introspection'
  | 'graphiql'
  | 'maxDepth'
  | 'maxAliases'
  | 'maxCost'
  | 'maxTokens'
  | 'maxListItems'
  | 'maxResponseBytes'
>;

/** Defaults for tests and tools that build the server without a full configuration. */
export const DEFAULT_LIMITS = {
  maxDepth: 10,
  maxAliases: 20,
  maxCost: 20000,
  maxTokens: 2000,
  maxListItems: 100,
  maxResponseBytes: 8_000_000,
};

/**
 * The Apollo server without HTTP (tests call `executeOperation` on it directly), and what
 * each field needs from the graph, built from the same resolvers: every request's context
 * carries these shapes (createContext), so the context never imports the resolvers.
 */
export function createApolloServer(options: ServerOptions): { apollo: ApolloServer<Context>; shapes: Shapes } {
  const limits = requestLimits(options);
  const resolvers = allResolvers();
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    // One operation per HTTP request: batches would multiply every limit.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Shutdown is ordered by src/index.ts (HTTP, then Apollo, then the database).
    stopOnTerminationSignals: false,
    formatError,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ...limits.plugins,
      listLimits(options),
      logUnexpectedErrors(options.log ?? createLogger('error')),
      // No cache hints are used; the default cache-control plugin would hook every field resolution.
      ApolloServerPluginCacheControlDisabled(),
      options.landingPage ? landingPagePointingToExplorer(options.graphiql) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  return { apollo, shapes: shapesOf(resolvers as Record<string, unknown>) };
}
