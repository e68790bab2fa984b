import { computed, ref, watch, type Ref } from 'vue';
import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const SearchQuery = graphql(`
  query SearchAnything($text: String!) {
    search(text: $text, first: 12) {
      score
      kind
      node {
        id
        ... on Sector {
          name
          category
        }
        ... on Chain {
          name
          aliases
          sector {
            name
          }
        }
        ... on ChainLink {
          name
          aliases
          group
          chain {
            id
            name
          }
        }
        ... on Enterprise {
          name
          organisationKind: kind
          aliases
          places {
            name
          }
        }
        ... on Place {
          name
          level
          parent {
            name
          }
        }
        ... on Cluster {
          name
          carrierKind: kind
          tier
          place {
            name
          }
        }
        ... on Project {
          name
          place {
            name
          }
        }
      }
    }
  }
`);

/** Search as the officer types: waits for a pause of 200 ms, never sends an empty or over-long text. */
export function useSearch(text: Ref<string>) {
  const settled = ref('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(text, (t) => {
    clearTimeout(timer);
    timer = setTimeout(() => (settled.value = t.trim().slice(0, 100)), 200);
  });
  const query = useApiQuery({
    query: SearchQuery,
    variables: computed(() => ({ text: settled.value })),
    pause: computed(() => !settled.value),
  });
  return { ...query, settled, hits: computed(() => (settled.value ? (query.data.value?.search ?? []) : [])) };
}
