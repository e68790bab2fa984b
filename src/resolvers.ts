import { accountResolvers } from './account/resolvers.js';
import { analyticsResolvers } from './analytics/resolvers.js';
import { chainResolvers } from './chain/resolvers.js';
import { clusterResolvers } from './cluster/resolvers.js';
import { cypherResolvers } from './cypher/resolvers.js';
import { enterpriseResolvers } from './enterprise/resolvers.js';
import type { Resolvers } from './generated/graphql.generated.js';
import { importResolvers } from './import/resolvers.js';
import { nodeResolvers } from './node/resolvers.js';
import { auditResolvers } from './pipeline/audit.js';
import { outcomeResolvers } from './pipeline/outcome-resolvers.js';
import { pipelineResolvers } from './pipeline/resolvers.js';
import { placeResolvers } from './place/resolvers.js';
import { planResolvers } from './plan/resolvers.js';
import { projectResolvers } from './project/resolvers.js';
import { scalarResolvers } from './scalars.js';
import { searchResolvers } from './search/resolvers.js';
import { sectorResolvers } from './sector/resolvers.js';
import { systemResolvers } from './system/resolvers.js';
import { targetResolvers } from './target/resolvers.js';
import { viewerResolvers } from './viewer/resolvers.js';

const AREAS: Resolvers[] = [
  scalarResolvers,
  systemResolvers,
  nodeResolvers,
  planResolvers,
  sectorResolvers,
  chainResolvers,
  enterpriseResolvers,
  placeResolvers,
  clusterResolvers,
  projectResolvers,
  targetResolvers,
  searchResolvers,
  analyticsResolvers,
  cypherResolvers,
  importResolvers,
  viewerResolvers,
  accountResolvers,
  pipelineResolvers,
  outcomeResolvers,
  auditResolvers,
];

/** Every area's resolvers, merged per type. */
export function allResolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const area of AREAS) {
    for (const [type, fields] of Object.entries(area)) merged[type] = { ...merged[type], ...(fields as object) };
  }
  return merged as Resolvers;
}
