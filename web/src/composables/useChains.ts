import { computed } from 'vue';
import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const ChainsQuery = graphql(`
  query Chains {
    chains { id name sector { id name category } }
  }
`);

/** Every chain with its sector, for chain pickers. */
export function useChains() {
  const query = useApiQuery({ query: ChainsQuery });
  return { ...query, chains: computed(() => query.data.value?.chains ?? []) };
}
