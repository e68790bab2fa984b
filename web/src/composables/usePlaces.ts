import { computed, type Ref } from 'vue';
import { graphql } from '../gql';
import { byPinyin } from '../lib/format';
import { useApiQuery } from './useApiQuery';

const CitiesQuery = graphql(`
  query Cities {
    province {
      id
      name
      childrenPage(first: 100) {
        edges {
          node {
            id
            name
            level
          }
        }
      }
    }
  }
`);

const PlaceContextQuery = graphql(`
  query PlaceContext($id: ID!) {
    node(id: $id) {
      id
      ... on Place {
        name
        level
        parent {
          id
          name
          level
        }
        childrenPage(first: 100) {
          totalCount
          edges {
            node {
              id
              name
              level
            }
          }
        }
      }
    }
  }
`);

/** The province and its cities: what every place picker offers. */
export function useCities() {
  const query = useApiQuery({ query: CitiesQuery });
  const province = computed(() => query.data.value?.province ?? null);
  const cities = computed(() =>
    (province.value?.childrenPage.edges ?? [])
      .map((e) => e.node)
      .filter((p) => p.level === 'CITY')
      .sort(byPinyin),
  );
  return { ...query, cities, province };
}

/** A place with its parent and the places directly in it (a city's counties, districts and zones). */
export function usePlaceContext(id: Ref<string | null>) {
  return useApiQuery({
    query: PlaceContextQuery,
    variables: computed(() => ({ id: id.value ?? '' })),
    pause: computed(() => !id.value),
  });
}
