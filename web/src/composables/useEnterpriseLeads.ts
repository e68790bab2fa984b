import { computed, type Ref } from 'vue';
import { graphql } from '../gql';
import { sessionContext } from './useLeads';
import { useApiQuery } from './useApiQuery';

const EnterpriseLeadsQuery = graphql(`
  query EnterpriseLeads($id: ID!) {
    node(id: $id) {
      ... on Enterprise {
        id
        leads {
          id
          stage
          updatedAt
          link {
            id
            name
          }
          place {
            id
            name
          }
          owner {
            name
          }
        }
        interactions {
          id
          kind
          date
          summary
          theirs {
            name
            masked
          }
          recordedBy {
            name
          }
          nextAction {
            summary
            due
          }
          lead {
            id
            place {
              name
            }
          }
        }
      }
    }
  }
`);

/**
 * The leads on an enterprise and the interactions with it, as the signed-in person may see
 * them (the API answers none to anyone else): asked apart from the enterprise itself, so
 * the public page never waits on the pipeline, and asked again when the session changes.
 */
export function useEnterpriseLeads(id: Ref<string>, enabled: Ref<boolean>) {
  const query = useApiQuery({
    query: EnterpriseLeadsQuery,
    variables: computed(() => ({ id: id.value })),
    pause: computed(() => !enabled.value),
    requestPolicy: 'cache-and-network',
    context: computed(() => ({ ...sessionContext(), requestPolicy: 'cache-and-network' as const })),
  });
  const node = computed(() => {
    const n = query.data.value?.node;
    return n && 'leads' in n ? n : null;
  });
  return {
    leads: computed(() => node.value?.leads ?? []),
    interactions: computed(() => node.value?.interactions ?? []),
    fetching: query.fetching,
  };
}
