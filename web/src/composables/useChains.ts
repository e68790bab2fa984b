import { computed } from 'vue';
import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const ChainsQuery = graphql(`
  query Chains {
    chains { id name sector { id name category } }
  }
`);

/** Every chain with its sector, for chain pickers: as a list, and grouped by sector in the plan's order. */
export function useChains() {
  const query = useApiQuery({ query: ChainsQuery });
  const chains = computed(() => query.data.value?.chains ?? []);
  const bySector = computed(() => {
    const groups = new Map<string, { sector: string; chains: typeof chains.value }>();
    for (const c of chains.value) groups.set(c.sector.id, { sector: c.sector.name, chains: [...(groups.get(c.sector.id)?.chains ?? []), c] });
    return [...groups.values()];
  });
  return { ...query, chains, bySector };
}
