import { computed, type Ref } from 'vue';
import { graphql } from '../gql';
import { funnelRows, hitRows } from '../lib/outcomes';
import { useApiQuery } from './useApiQuery';

const FunnelQuery = graphql(`
  query OutcomesFunnel($place: ID, $chain: ID, $owner: String, $from: Date, $to: Date) {
    funnel(place: $place, chain: $chain, owner: $owner, from: $from, to: $to) {
      total
      paused
      lost
      stages {
        stage
        current
        reached
        conversion
        medianDays
        meanDays
      }
    }
  }
`);

const HitRateQuery = graphql(`
  query OutcomesHitRate($place: ID, $chain: ID) {
    recommendationHitRate(place: $place, chain: $chain) {
      topPerLink
      total {
        recommended
        leads
        signed
        producing
        leadRate
        signedRate
        producingRate
      }
      rows {
        chain {
          id
          name
        }
        place {
          id
          name
        }
        recommended
        leads
        signed
        producing
        leadRate
        signedRate
        producingRate
      }
    }
  }
`);

/** What 成效分析 is filtered by; null is "all" (the place: the officer's home place). */
export type OutcomeFilters = {
  place: Ref<string | null>;
  chain: Ref<string | null>;
  owner: Ref<string | null>;
  from: Ref<string | null>;
  to: Ref<string | null>;
};

/**
 * The funnel and the recommendation hit rate for a place, chain, officer and period, in
 * rows the page's tables and chart draw. The hit rate is asked apart: it depends only on
 * the place and chain, and takes longer. Nothing is asked while nobody is signed in.
 */
export function useOutcomes(filters: OutcomeFilters, signedIn: Ref<boolean>) {
  const pause = computed(() => !signedIn.value);
  const funnel = useApiQuery({
    query: FunnelQuery,
    variables: computed(() => ({
      place: filters.place.value,
      chain: filters.chain.value,
      owner: filters.owner.value,
      from: filters.from.value,
      to: filters.to.value,
    })),
    pause,
  });
  const hitRate = useApiQuery({
    query: HitRateQuery,
    variables: computed(() => ({ place: filters.place.value, chain: filters.chain.value })),
    pause,
  });
  return {
    funnel,
    hitRate,
    counts: computed(() => funnel.data.value?.funnel ?? null),
    stages: computed(() => funnelRows(funnel.data.value?.funnel.stages ?? [])),
    hits: computed(() => {
      const answer = hitRate.data.value?.recommendationHitRate;
      return answer ? hitRows(answer.total, answer.rows) : [];
    }),
    topPerLink: computed(() => hitRate.data.value?.recommendationHitRate.topPerLink ?? null),
  };
}
