import { computed, type Ref } from 'vue';
import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const CompareQuery = graphql(`
  query Compare($chain: ID!, $places: [ID!]!) {
    compareChain(chain: $chain, places: $places) {
      chain {
        id
        name
      }
      places {
        place {
          id
          name
        }
        coverage
        covered
        targeted
        gaps
      }
      links {
        link {
          id
          name
          stage
        }
        statuses
      }
    }
  }
`);

const CoverageQuery = graphql(`
  query ProvinceCoverage($chain: ID!) {
    chainCoverage(chain: $chain, levels: [CITY]) {
      place {
        id
        name
        level
      }
      coverage
      covered
      targeted
      gaps
    }
  }
`);

/** One chain in 2 to 10 places side by side. */
export function useCompare(chain: Ref<string>, places: Ref<string[]>) {
  return useApiQuery({
    query: CompareQuery,
    variables: computed(() => ({ chain: chain.value, places: places.value })),
    pause: computed(() => places.value.length < 2),
  });
}

/** One chain's coverage in each of the province's 18 cities (济源, directly administered, among them). */
export function useProvinceCoverage(chain: Ref<string | null>) {
  const query = useApiQuery({
    query: CoverageQuery,
    variables: computed(() => ({ chain: chain.value ?? '' })),
    pause: computed(() => !chain.value),
  });
  return { ...query, rows: computed(() => query.data.value?.chainCoverage ?? []) };
}
