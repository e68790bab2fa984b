import { computed, type Ref } from 'vue';
import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const EnterpriseQuery = graphql(`
  query EnterprisePage($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Enterprise {
        name
        kind
        aliases
        nameEn
        places {
          id
          name
          level
          parent {
            id
            name
          }
        }
        operatesIn {
          id
          name
          stage
          chain {
            id
            name
          }
        }
        stances {
          id
          role
          verb
          link {
            id
            name
            chain {
              id
              name
            }
          }
          sector {
            id
            name
          }
          sources {
            ...SourceFields
          }
        }
        projects {
          id
          name
          capacity
          place {
            id
            name
          }
          link {
            id
            name
          }
          sources {
            ...SourceFields
          }
        }
        carriers {
          id
          name
          kind
          tier
          level
        }
        sources {
          ...SourceFields
        }
      }
    }
  }
`);

/** An enterprise's profile: names, places, links, every stance with its quote, projects. */
export function useEnterprise(id: Ref<string>) {
  const query = useApiQuery({ query: EnterpriseQuery, variables: computed(() => ({ id: id.value })) });
  const enterprise = computed(() => {
    const node = query.data.value?.node;
    return node && node.__typename === 'Enterprise' ? node : null;
  });
  return { ...query, enterprise, wrongKind: computed(() => !!query.data.value?.node && !enterprise.value) };
}
