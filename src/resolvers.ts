import type { Resolvers } from './generated/graphql.generated.js';
import { systemResolvers } from './system/resolvers.js';

/** Every area's resolvers, merged per type. */
export function allResolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const area of [systemResolvers]) {
    for (const [type, fields] of Object.entries(area)) merged[type] = { ...merged[type], ...(fields as object) };
  }
  return merged as Resolvers;
}
