import { computed } from 'vue';
import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const ChainsQuery = graphql(`
  query Chains {
    sectors {
      id
      name
      category
      chains {
        id
        name
        aliases
      }
    }
  }
`);

/** Every chain with its sector, in the plan's order (智能手机 first), for chain pickers: as a list, and grouped by sector. */
export function useChains() {
  const query = useApiQuery({ query: ChainsQuery });
  const bySector = computed(() =>
    (query.data.value?.sectors ?? [])
      .filter((s) => s.chains.length)
      .map((s) => ({
        sector: s.name,
        chains: s.chains.map((c) => ({ ...c, sector: { id: s.id, name: s.name, category: s.category } })),
      })),
  );
  const chains = computed(() => bySector.value.flatMap((g) => g.chains));
  return { ...query, chains, bySector };
}
