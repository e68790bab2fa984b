import { toGlobalId } from '../../src/ids.js';

/** Variables that make each contract operation answer something on the plan's graph. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  'chain-gaps': { chain: toGlobalId('Chain', 'smartphone'), place: toGlobalId('Place', '郑州') },
  clusters: { where: { minTierYi: 1000 } },
  cypher: { query: 'MATCH (s:Sector) RETURN s.name AS sector ORDER BY sector LIMIT 5' },
  enterprise: { id: toGlobalId('Enterprise', '富士康集团') },
  enterprises: { where: { role: 'TARGET' }, first: 10 },
  'recommend-targets': { place: toGlobalId('Place', '郑州'), chain: toGlobalId('Chain', 'smartphone'), first: 5 },
  'record-actual': {
    input: { target: toGlobalId('Target', 'electronics-revenue'), value: 4200, asOf: '2015-12-31', note: '示例' },
  },
  search: { text: 'fsk', first: 5 },
  sectors: { category: 'HIGH_GROWTH' },
  // An account made with npm run user -- add; the answer's token goes in the Authorization header of the other tabs.
  'sign-in': { username: 'zhang', password: '<password>' },
  targets: { where: { category: 'HIGH_GROWTH' } },
};

/** Headers an operation needs: writes and Cypher need a bearer token (see the README's Security section). */
const NEEDS_TOKEN = new Set(['cypher', 'record-actual']);

/** One GraphiQL tab per contract operation, with working variables. */
export function contractExamples(operations: { file: string; text: string }[]) {
  return operations.map(({ file, text }) => {
    const name = file.replace(/\.graphql$/, '');
    return {
      query: text,
      variables: JSON.stringify(VARIABLES[name] ?? {}, null, 2),
      headers: NEEDS_TOKEN.has(name)
        ? JSON.stringify({ Authorization: 'Bearer <an officer or analyst token: npm run token>' }, null, 2)
        : undefined,
    };
  });
}
