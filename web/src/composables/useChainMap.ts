import { computed, ref, watch, type Ref } from 'vue';
import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';
import { sessionContext } from './useLeads';

const ChainMapQuery = graphql(`
  query ChainMap($chain: ID!, $place: ID) {
    chainGaps(chain: $chain, place: $place) {
      coverage
      chain {
        id
        key
        name
        aliases
        sector {
          id
          name
          category
        }
        links {
          id
          feeds {
            id
          }
        }
        plans {
          id
          title
          issuer
          date
        }
      }
      place {
        id
        name
        level
        parent {
          id
          name
        }
      }
      links {
        status
        link {
          id
          name
          nameEn
          stage
        }
        localEnterprisesPage(first: 3) {
          totalCount
          edges {
            node {
              id
              name
            }
          }
        }
        targetEnterprises {
          id
          name
        }
        sources {
          ...SourceFields
        }
        activeLeads {
          id
          stage
          enterprise {
            id
            name
          }
          owner {
            name
          }
          place {
            id
            name
          }
        }
      }
    }
  }
`);

const LinkDetailsQuery = graphql(`
  query LinkDetails($link: ID!, $place: ID!, $after: String) {
    node(id: $link) {
      id
      ... on ChainLink {
        name
        stage
        aliases
        group
        fedBy {
          id
          name
        }
        feeds {
          id
          name
        }
        enterprisesPage(place: $place, first: 20, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              name
              places {
                id
                name
              }
              sources {
                ...SourceFields
              }
            }
          }
        }
        stances {
          id
          role
          verb
          enterprise {
            id
            name
            places {
              name
            }
          }
          sources {
            ...SourceFields
          }
        }
      }
    }
  }
`);

/** A chain seen from a place: every link's status, the local and targeted enterprises, the plan's sentences, the leads the officer may see. */
export function useChainMap(chain: Ref<string>, place: Ref<string | null>) {
  const query = useApiQuery({
    query: ChainMapQuery,
    variables: computed(() => ({ chain: chain.value, place: place.value })),
    // The links' leads are the signed-in officer's and change as they work: asked again on every visit.
    requestPolicy: 'cache-and-network',
    context: computed(() => ({ ...sessionContext(), requestPolicy: 'cache-and-network' as const })),
  });
  const gaps = computed(() => query.data.value?.chainGaps ?? null);
  const feeds = computed(() => new Map((gaps.value?.chain.links ?? []).map((l) => [l.id, l.feeds.map((f) => f.id)])));
  return { ...query, gaps, feeds };
}

/** One link's panel: the local enterprises a page at a time (previous pages kept as cursors), and what the plan says. */
export function useLinkDetails(link: Ref<string | null>, place: Ref<string | null>) {
  const cursors = ref<(string | null)[]>([null]);
  watch([link, place], () => (cursors.value = [null]));
  const after = computed(() => cursors.value.at(-1) ?? null);
  const query = useApiQuery({
    query: LinkDetailsQuery,
    variables: computed(() => ({ link: link.value ?? '', place: place.value ?? '', after: after.value })),
    pause: computed(() => !link.value || !place.value),
  });
  const details = computed(() =>
    query.data.value?.node && 'enterprisesPage' in query.data.value.node ? query.data.value.node : null,
  );
  const page = computed(() => details.value?.enterprisesPage ?? null);
  return {
    ...query,
    details,
    page,
    /** 1-based index of the first enterprise on this page. */
    firstIndex: computed(() => (cursors.value.length - 1) * 20 + 1),
    next: () => page.value?.pageInfo.endCursor && cursors.value.push(page.value.pageInfo.endCursor),
    previous: () => cursors.value.length > 1 && cursors.value.pop(),
    hasPrevious: computed(() => cursors.value.length > 1),
  };
}
