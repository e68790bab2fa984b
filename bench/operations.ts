import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toGlobalId } from '../src/ids.js';
import { luceneQuery } from '../src/search/lucene.js';
import {
  CHAIN_GAPS,
  CLUSTERS_FLOOR,
  ENTERPRISE_FLOOR,
  ENTERPRISES_PAGE,
  GAP_FILLERS,
  SEARCH,
  SECTORS_FLOOR,
  TARGETS_FLOOR,
} from './floor.cypher.js';

const CONTRACT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'contract', 'operations');
const contract = (name: string) => readFileSync(path.join(CONTRACT, `${name}.graphql`), 'utf8');

/** One benchmarked operation: as chain-atlas gets it, as Cypher alone, and as @neo4j/graphql would ask it. */
export type BenchOperation = {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  floor: { cypher: string; params: Record<string, unknown> };
  neo4jGraphql?: { query: string; variables: Record<string, unknown> };
  /** Answered from chain-atlas's result cache when repeated; measured without the cache too. */
  cached?: boolean;
};

const smartphone = toGlobalId('Chain', 'smartphone');
const zhengzhou = toGlobalId('Place', '郑州');
const henan = toGlobalId('Place', '河南');
const foxconn = toGlobalId('Enterprise', '富士康集团');

export const OPERATIONS: BenchOperation[] = [
  {
    name: 'Sectors',
    graphql: { query: contract('sectors'), variables: {} },
    floor: { cypher: SECTORS_FLOOR, params: { category: null } },
    neo4jGraphql: {
      query: `{ sectors(sort: [{ position: ASC }]) { id name nameEn category
        targets { id metric value unit year growthPct sourceQuotes sourceSections }
        clusters { id name tier place { id name } }
        chains { id name links { id name stage } } } }`,
      variables: {},
    },
  },
  {
    name: 'ChainGaps (郑州)',
    graphql: { query: contract('chain-gaps'), variables: { chain: smartphone, place: zhengzhou } },
    floor: { cypher: CHAIN_GAPS, params: { chain: smartphone, places: [zhengzhou] } },
    cached: true,
  },
  {
    name: 'ChainGaps (province)',
    graphql: { query: contract('chain-gaps'), variables: { chain: smartphone } },
    floor: { cypher: CHAIN_GAPS, params: { chain: smartphone, places: [henan] } },
    cached: true,
  },
  {
    name: 'Enterprises (page of 20 in 河南)',
    graphql: { query: contract('enterprises'), variables: { where: { place: henan }, first: 20 } },
    floor: {
      cypher: ENTERPRISES_PAGE,
      params: {
        afterName: null,
        afterId: null,
        limit: 20,
        nameContains: null,
        inHenan: null,
        role: null,
        place: henan,
        sector: null,
        chain: null,
        link: null,
        kinds: ['COMPANY'],
      },
    },
    neo4jGraphql: {
      query: `query($place: ID!) { enterprisesConnection(first: 20, sort: [{ name: ASC }],
        where: { places: { some: { OR: [{ id: { eq: $place } }, { parent: { some: { id: { eq: $place } } } }, { parent: { some: { parent: { some: { id: { eq: $place } } } } } }] } } }) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`,
      variables: { place: henan },
    },
  },
  {
    name: 'Enterprise profile',
    graphql: { query: contract('enterprise'), variables: { id: foxconn } },
    floor: { cypher: ENTERPRISE_FLOOR, params: { id: foxconn } },
    neo4jGraphql: {
      query: `query($id: ID!) { enterprises(where: { id: { eq: $id } }) { id name aliases
        places { id name level } stances { role link { id name } sector { id name } sourceQuotes sourceSections } projects { id name capacity } } }`,
      variables: { id: foxconn },
    },
  },
  {
    name: 'Clusters (千亿级)',
    graphql: { query: contract('clusters'), variables: { where: { tier: '千亿级' } } },
    floor: { cypher: CLUSTERS_FLOOR, params: { tier: '千亿级' } },
    neo4jGraphql: {
      query: `{ clusters(where: { tier: { eq: "千亿级" } }, sort: [{ tierYi: DESC }]) { id name tier tierYi sector { id name } place { id name level parent { id name } } sourceQuotes sourceSections } }`,
      variables: {},
    },
  },
  {
    name: 'Targets (province)',
    graphql: { query: contract('targets'), variables: { where: { subject: henan } } },
    floor: { cypher: TARGETS_FLOOR, params: { subject: henan } },
  },
  {
    name: 'Search (富士康)',
    graphql: { query: contract('search'), variables: { text: '富士康', first: 10 } },
    floor: { cypher: SEARCH, params: { lucene: luceneQuery('富士康'), limit: 10, kinds: null } },
  },
  {
    name: 'RecommendTargets (郑州, smartphone)',
    graphql: { query: contract('recommend-targets'), variables: { place: zhengzhou, chain: smartphone, first: 10 } },
    floor: { cypher: GAP_FILLERS, params: { place: zhengzhou, chain: smartphone } },
    cached: true,
  },
];
