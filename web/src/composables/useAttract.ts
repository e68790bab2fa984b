import { computed, type Ref } from 'vue';
import { graphql } from '../gql';
import { rankWithTies, scoreWords } from '../lib/ranking';
import { useApiQuery } from './useApiQuery';

const RecommendQuery = graphql(`
  query Recommend($chain: ID!, $place: ID!, $first: Int!) {
    recommendTargets(chain: $chain, place: $place, first: $first) {
      score
      enterprise {
        id
        name
        aliases
        places {
          id
          name
        }
        sources {
          ...SourceFields
        }
      }
      fillsLinks {
        id
        name
        stage
      }
      reasons(language: ZH)
    }
    chainGaps(chain: $chain, place: $place) {
      coverage
      chain {
        id
        name
      }
      place {
        id
        name
        level
      }
      links {
        status
        link {
          id
          name
        }
      }
    }
  }
`);

const WhatIfQuery = graphql(`
  query WhatIf($enterprise: ID!, $place: ID!) {
    whatIf(enterprise: $enterprise, place: $place) {
      chains {
        chain {
          id
          name
        }
        coverageBefore
        coverageAfter
        closedLinks {
          id
          name
        }
      }
    }
  }
`);

/**
 * Whom to approach for a chain in a place, best first, with the reasons in words and
 * ranks where equal scores tie. With a link, only those who would fill it (asked among
 * the first 100, so none is missed behind the top 20).
 */
export function useRecommendations(chain: Ref<string>, place: Ref<string | null>, link: Ref<string | null>) {
  const query = useApiQuery({
    query: RecommendQuery,
    variables: computed(() => ({ chain: chain.value, place: place.value ?? '', first: link.value ? 100 : 20 })),
    pause: computed(() => !place.value),
  });
  const gaps = computed(() => query.data.value?.chainGaps ?? null);
  const rows = computed(() => {
    const all = query.data.value?.recommendTargets ?? [];
    const shown = link.value ? all.filter((r) => r.fillsLinks.some((l) => l.id === link.value)) : all;
    const ranks = rankWithTies(shown.map((r) => r.score));
    return shown.map((r, i) => ({ ...r, ...ranks[i]!, scoreWords: scoreWords(r.score) }));
  });
  /** The link the list is narrowed to, with its status in the place. */
  const forLink = computed(() => gaps.value?.links.find((l) => l.link.id === link.value) ?? null);
  return { ...query, rows, gaps, forLink };
}

/** What attracting one enterprise would change in the place, for one chain; asked only when the officer opens it. */
export function useWhatIf(enterprise: Ref<string | null>, place: Ref<string | null>, chain: Ref<string>) {
  const query = useApiQuery({
    query: WhatIfQuery,
    variables: computed(() => ({ enterprise: enterprise.value ?? '', place: place.value ?? '' })),
    pause: computed(() => !enterprise.value || !place.value),
  });
  return {
    ...query,
    forChain: computed(() => query.data.value?.whatIf.chains.find((c) => c.chain.id === chain.value) ?? null),
  };
}
