import { DateResolver, DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Resolvers } from './generated/graphql.generated.js';

/** The schema's custom scalars (schema/base.graphql, schema/cypher.graphql), from graphql-scalars. */
export const scalarResolvers: Resolvers = {
  Date: DateResolver,
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
};
