import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { DocumentNode, ValidationRule } from 'graphql';
import type { HttpLimits } from './config.js';
import type { Context } from './context.js';

/**
 * Limits on what one request may cost, with graphql-armor: depth, aliases, directives
 * and a cost per field (objects 2, scalars 1, times 1.5 per level of nesting).
 * The cost of every accepted operation is reported to the client in
 * `extensions.cost`, as GitHub's and Shopify's APIs do.
 */
export function requestLimits(limits: Pick<HttpLimits, 'maxDepth' | 'maxAliases' | 'maxCost' | 'maxTokens'>): {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  // Apollo reuses a parsed document for the same query text, so its cost is kept by document.
  const costs = new WeakMap<DocumentNode, number>();
  const armor = new ApolloArmor({
    costLimit: {
      maxCost: limits.maxCost,
      onAccept: [(ctx, details) => void (ctx && costs.set(ctx.getDocument(), (details as { n: number }).n))],
    },
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: 20 },
    // Tokens are limited by graphql-js itself (parseOptions in server.ts): a document over
    // the limit is then an ordinary syntax error (400), where armor's parser hook gives 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  const reportCost: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async willSendResponse({ document, response }) {
          const cost = document && costs.get(document);
          if (cost === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: { requestedQueryCost: cost, maximumAvailable: limits.maxCost },
          };
        },
      };
    },
  };
  return {
    plugins: [...(protection.plugins as ApolloServerPlugin<Context>[]), reportCost],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
