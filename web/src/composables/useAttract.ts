import { computed, type Ref } from 'vue';
import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const RecommendQuery = graphql(`
  query Recommend($chain: ID!, $place: ID!) {
    recommendTargets(chain: $chain, place: $place, first: 20) {
      score
      enterprise { id name aliases places { id name } sources { ...SourceFields } }
      fillsLinks { id name stage }
      reasons(language: ZH)
    }
    chainGaps(chain: $chain, place: $place) { coverage chain { id name } place { id name } }
  }
`);

const WhatIfQuery = graphql(`
  query WhatIf($enterprise: ID!, $place: ID!) {
    whatIf(enterprise: $enterprise, place: $place) {
      chains { chain { id name } coverageBefore coverageAfter closedLinks { id name } }
    }
  }
`);

/** Whom to approach for a chain in a place, ranked, with the reasons in words. */
export function useRecommendations(chain: Ref<string>, place: Ref<string | null>) {
  const query = useApiQuery({ query: RecommendQuery, variables: computed(() => ({ chain: chain.value, place: place.value ?? '' })), pause: computed(() => !place.value) });
  return { ...query, rows: computed(() => query.data.value?.recommendTargets ?? []), gaps: computed(() => query.data.value?.chainGaps ?? null) };
}

/** What attracting one enterprise would change in the place, for one chain; asked only when the officer opens it. */
export function useWhatIf(enterprise: Ref<string | null>, place: Ref<string | null>, chain: Ref<string>) {
  const query = useApiQuery({
    query: WhatIfQuery,
    variables: computed(() => ({ enterprise: enterprise.value ?? '', place: place.value ?? '' })),
    pause: computed(() => !enterprise.value || !place.value),
  });
  return { ...query, forChain: computed(() => query.data.value?.whatIf.chains.find((c) => c.chain.id === chain.value) ?? null) };
}
