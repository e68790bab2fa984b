import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { computed, type Ref } from 'vue';
import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const PlacePageQuery = graphql(`
  query PlacePage($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Place {
        plans {
          id
          title
          issuer
          date
        }
        name
        fullName
        aliases
        level
        inHenan
        parent {
          id
          name
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
        sources {
          ...SourceFields
        }
      }
    }
    criticalLinks(place: $id, first: 12) {
      score
      status
      link {
        id
        name
      }
      chain {
        id
        name
      }
      reasons(language: ZH)
    }
    clusters(where: { place: $id }) {
      id
      name
      kind
      tier
      level
      sector {
        id
        name
      }
    }
    enterprises(where: { place: $id }, first: 50) {
      totalCount
      edges {
        node {
          id
          name
          operatesIn {
            id
            name
          }
        }
      }
    }
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
        targets {
          id
          label
          value
          valueMax
          unit
          text
          growthPct
          year
          attainment
          sources {
            ...SourceFields
          }
        }
        chains {
          id
          name
          aliases
          links {
            id
          }
        }
        carriers {
          id
          name
          kind
          tier
          level
          place {
            id
            name
          }
          places {
            id
            name
          }
        }
        sources {
          ...SourceFields
        }
      }
    }
    projects(where: { sector: $id }, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          capacity
          enterprise {
            id
            name
          }
          place {
            id
            name
          }
          cluster {
            id
            name
          }
        }
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
        kind
        tier
        level
        sector {
          id
          name
          chains {
            id
            name
          }
        }
        places {
          id
          name
          parent {
            id
            name
          }
        }
        enterprises {
          id
          name
          kind
        }
        links {
          id
          name
          chain {
            id
            name
          }
        }
        projects {
          id
          name
        }
        targets {
          id
          label
          value
          unit
          text
          attainment
        }
        sources {
          ...SourceFields
        }
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
        enterprise {
          id
          name
          kind
        }
        place {
          id
          name
        }
        sector {
          id
          name
        }
        link {
          id
          name
          chain {
            id
            name
          }
        }
        cluster {
          id
          name
          kind
        }
        sources {
          ...SourceFields
        }
      }
    }
  }
`);

/**
 * A page about one node: the query by `id`, and the node when it is of `kind` (an id of
 * another kind, e.g. a place's id in an enterprise URL, gives null, shown as not found).
 */
function useNodePage<Data extends { node?: { __typename?: string } | null }, K extends string>(
  query: TypedDocumentNode<Data, { id: string }>,
  kind: K,
  id: Ref<string>,
) {
  const result = useApiQuery({ query, variables: computed(() => ({ id: id.value })) });
  const node = computed(() => {
    const n = result.data.value?.node;
    return n && n.__typename === kind ? (n as Extract<NonNullable<Data['node']>, { __typename?: K }>) : null;
  });
  return { ...result, node };
}

/** A place: its sub-places, the links it lacks most, its clusters and enterprises. */
export const usePlacePage = (id: Ref<string>) => useNodePage(PlacePageQuery, 'Place', id);
/** A key industry: its targets, chains and clusters. */
export const useSectorPage = (id: Ref<string>) => useNodePage(SectorPageQuery, 'Sector', id);
/** A cluster: tier, sector, place, targets. */
export const useClusterPage = (id: Ref<string>) => useNodePage(ClusterPageQuery, 'Cluster', id);
/** A key project: who carries it out, where, for which link. */
export const useProjectPage = (id: Ref<string>) => useNodePage(ProjectPageQuery, 'Project', id);
