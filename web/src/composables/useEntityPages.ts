import { computed, type Ref } from 'vue';
import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const PlacePageQuery = graphql(`
  query PlacePage($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Place {
        name
        fullName
        aliases
        level
        inHenan
        parent { id name }
        childrenPage(first: 100) { totalCount edges { node { id name level } } }
        sources { ...SourceFields }
      }
    }
    criticalLinks(place: $id, first: 12) {
      score
      status
      link { id name }
      chain { id name }
      reasons(language: ZH)
    }
    clusters(where: { place: $id }) { id name tier sector { id name } }
    enterprises(where: { place: $id }, first: 50) { totalCount edges { node { id name operatesIn { id name } } } }
  }
`);

const SectorPageQuery = graphql(`
  query SectorPage($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Sector {
        name
        nameEn
        category
        keyProjectCount
        targets { id label value valueMax unit text growthPct year attainment sources { ...SourceFields } }
        chains { id name links { id } }
        clusters { id name tier place { id name } }
        sources { ...SourceFields }
      }
    }
  }
`);

const ClusterPageQuery = graphql(`
  query ClusterPage($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Cluster {
        name
        tier
        sector { id name chains { id name } }
        place { id name parent { id name } }
        targets { id label value unit text attainment }
        sources { ...SourceFields }
      }
    }
  }
`);

const ProjectPageQuery = graphql(`
  query ProjectPage($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Project {
        name
        capacity
        enterprise { id name }
        place { id name }
        sector { id name }
        link { id name chain { id name } }
        sources { ...SourceFields }
      }
    }
  }
`);

/** A node page of one kind: the answer, and whether the id named a node of another kind. */
function nodeOfKind<T extends { node?: { __typename?: string } | null }, K extends string>(data: Ref<T | undefined>, kind: K) {
  return computed(() => {
    const node = data.value?.node;
    return node && node.__typename === kind ? (node as Extract<NonNullable<T['node']>, { __typename?: K }>) : null;
  });
}

/** A place: its sub-places, the links it lacks most, its clusters and enterprises. */
export function usePlacePage(id: Ref<string>) {
  const query = useApiQuery({ query: PlacePageQuery, variables: computed(() => ({ id: id.value })) });
  return { ...query, place: nodeOfKind(query.data, 'Place') };
}

/** A key industry: its targets, chains and clusters. */
export function useSectorPage(id: Ref<string>) {
  const query = useApiQuery({ query: SectorPageQuery, variables: computed(() => ({ id: id.value })) });
  return { ...query, sector: nodeOfKind(query.data, 'Sector') };
}

/** A cluster: tier, sector, place, targets. */
export function useClusterPage(id: Ref<string>) {
  const query = useApiQuery({ query: ClusterPageQuery, variables: computed(() => ({ id: id.value })) });
  return { ...query, cluster: nodeOfKind(query.data, 'Cluster') };
}

/** A key project: who carries it out, where, for which link. */
export function useProjectPage(id: Ref<string>) {
  const query = useApiQuery({ query: ProjectPageQuery, variables: computed(() => ({ id: id.value })) });
  return { ...query, project: nodeOfKind(query.data, 'Project') };
}
