import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const ConsistencyQuery = graphql(`
  query Consistency {
    planConsistency {
      check(language: ZH)
      stated
      computed
      difference
      unit
      consistent
      explanation(language: ZH)
      subject {
        id
        ... on Sector {
          name
        }
        ... on Category {
          name
        }
        ... on Place {
          name
        }
      }
      statedSources {
        ...SourceFields
      }
      partSources {
        ...SourceFields
      }
    }
  }
`);

/** The plan checked against itself, each finding with both quotes. */
export function useConsistency() {
  return useApiQuery({ query: ConsistencyQuery });
}
