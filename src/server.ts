import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import type { Context } from './context.js';
import { allResolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';
import { formatError } from './errors.js';

export type ServerOptions = { landingPage: boolean; introspection: boolean };

/** The Apollo server without HTTP: tests call `executeOperation` on it directly. */
export function createApolloServer(options: ServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: allResolvers(),
    introspection: options.introspection,
    // Shutdown is ordered by src/index.ts (HTTP, then Apollo, then the database).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      options.landingPage
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
}
