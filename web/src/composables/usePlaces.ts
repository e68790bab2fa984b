import { computed, type Ref } from 'vue';
import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const CitiesQuery = graphql(`
  query Cities {
    places(level: CITY) { id name inHenan parent { id name level } }
  }
`);

const PlaceContextQuery = graphql(`
  query PlaceContext($id: ID!) {
    node(id: $id) {
      id
      ... on Place {
        name
        level
        parent { id name level }
        childrenPage(first: 100) { totalCount edges { node { id name level } } }
      }
    }
  }
`);

/** The province and its cities: what every place picker offers. */
export function useCities() {
  const query = useApiQuery({ query: CitiesQuery });
  const cities = computed(() => (query.data.value?.places ?? []).filter((p) => p.inHenan));
  const province = computed(() => cities.value[0]?.parent ?? null);
  return { ...query, cities, province };
}

/** A place with its parent and the places directly in it (a city's counties, districts and zones). */
export function usePlaceContext(id: Ref<string | null>) {
  return useApiQuery({ query: PlaceContextQuery, variables: computed(() => ({ id: id.value ?? '' })), pause: computed(() => !id.value) });
}
