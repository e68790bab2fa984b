import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const HomeQuery = graphql(`
  query Home {
    categories {
      id
      key
      name
      targets {
        id
        label
        value
        unit
        text
        growthPct
        year
      }
    }
    sectors {
      id
      key
      name
      category
      targets {
        id
        metric
        label
        value
        valueMax
        unit
        text
        growthPct
        year
      }
      chains {
        id
        name
      }
    }
  }
`);

/** The 19 key industries by category, with their plans' targets and their chains. */
export function useHome() {
  return useApiQuery({ query: HomeQuery });
}
